package se.ansvarskarta.web;

import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The explorer's texts: every {@code explorer.*} key of the messages bundle in the asked language. */
@RestController
class MessagesController {

    @GetMapping("/api/messages")
    ResponseEntity<Map<String, String>> messages(@RequestParam(required = false) String lang, CsrfToken csrf) {
        // Reading the token makes the XSRF-TOKEN cookie exist before the explorer's first POST to /graphql.
        csrf.getToken();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(explorerTexts(lang));
    }

    static Map<String, String> explorerTexts(String lang) {
        // No fallback to the JVM's locale: "sv" is the base bundle, whatever the server's language.
        ResourceBundle bundle = ResourceBundle.getBundle("messages", Languages.locale(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("explorer.")) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }
}
