package org.casegraph.support;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The browser view at {@code /explore} (its files are static resources under {@code static/explore/}), and
 * at {@code /} a small index linking to it and to GraphiQL. Anyone may load the pages; the view signs in
 * with a token, which every data request needs.
 */
@Controller
class ExplorePage {

  private final Resource index = new ClassPathResource("home/index.html");

  @GetMapping("/")
  ResponseEntity<Resource> home() {
    return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(index);
  }

  @GetMapping({"/explore", "/explore/"})
  String explore() {
    return "forward:/explore/index.html";
  }
}
