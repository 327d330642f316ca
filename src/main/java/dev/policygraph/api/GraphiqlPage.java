package dev.policygraph.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** GraphiQL, bundled under static/graphiql so that it works offline; /graphiql leads to it (/ is the dashboard). */
@Controller
class GraphiqlPage {

    @GetMapping({"/graphiql", "/graphiql/"})
    String page() {
        return "redirect:/graphiql/index.html";
    }
}
