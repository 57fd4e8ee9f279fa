package org.casegraph.graph;

import java.util.List;
import java.util.stream.Collectors;
import org.casegraph.claim.Claim;
import org.casegraph.graph.NodeRepository.LinkPage;
import org.casegraph.support.Connection;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The data loaders every feature shares: nodes by id, and pages of claims per parent. Each collects
 * the keys of one level of a query and answers them in one round trip (one per kind of link).
 */
@Configuration(proxyBeanMethods = false)
class Loaders {

  Loaders(BatchLoaderRegistry registry, NodeRepository nodes) {
    registry.forTypePair(String.class, Identified.class)
        .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> nodes.findByIds(ids)));
    registry.<LinkPage, Connection<Claim>>forName(ClaimPages.NAME)
        .registerBatchLoader((requests, env) -> Flux.fromIterable(claimPages(nodes, requests)));
  }

  private static List<Connection<Claim>> claimPages(NodeRepository nodes, List<LinkPage> requests) {
    var answers = new java.util.HashMap<LinkPage, Connection<Claim>>();
    var byLink = requests.stream().distinct().collect(Collectors.groupingBy(LinkPage::link));
    byLink.forEach((link, group) -> {
      var pages = nodes.page(link, group, Claim::from);
      for (int i = 0; i < group.size(); i++) {
        answers.put(group.get(i), pages.get(i));
      }
    });
    return requests.stream().map(answers::get).toList();
  }
}
