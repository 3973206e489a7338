package se.ansvarskarta.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** GraphiQL with local assets: Spring for GraphQL's own page loads from a CDN and stays blank offline. */
@Controller
class GraphiQlController {

    @GetMapping({"/graphiql", "/graphiql/"})
    String graphiql() {
        return "forward:/graphiql/index.html";
    }
}
