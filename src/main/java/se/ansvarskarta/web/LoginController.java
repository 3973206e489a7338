package se.ansvarskarta.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The login page of the form login: {@code web/login.html} with its {@code {{key}}} placeholders filled from the
 * messages bundle (Swedish, or English with {@code ?lang=en} or the explorer's {@code lang} cookie) and the CSRF
 * token of the form.
 */
@RestController
class LoginController {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)}}");

    private final String template;

    LoginController() throws IOException {
        try (InputStream in = new ClassPathResource("web/login.html").getInputStream()) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> login(@RequestParam(required = false) String lang,
                                 @CookieValue(name = "lang", required = false) String cookie,
                                 @RequestParam(required = false) String error,
                                 @RequestParam(required = false) String logout, CsrfToken csrf) {
        String language = lang != null ? lang : cookie;
        Map<String, String> texts = MessagesController.explorerTexts(language);
        Map<String, String> values = new java.util.HashMap<>(texts);
        values.put("lang", Languages.locale(language).getLanguage());
        values.put("csrf.name", csrf.getParameterName());
        values.put("csrf.token", csrf.getToken());
        values.put("message", error != null ? texts.get("explorer.login.failed")
                : logout != null ? texts.get("explorer.login.loggedOut") : "");
        values.put("messageClass", error != null ? "message error" : logout != null ? "message" : "message hidden");
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder html = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), m.group(1));
            m.appendReplacement(html, Matcher.quoteReplacement(HtmlUtils.htmlEscape(value, "UTF-8")));
        }
        m.appendTail(html);
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(html.toString());
    }
}
