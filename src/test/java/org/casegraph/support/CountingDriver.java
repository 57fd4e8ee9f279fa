package org.casegraph.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Wraps the app's Driver to count what it is asked for: each executable query and each session is
 * one round trip (or one transaction) to Neo4j. Tests compare the count before and after a request.
 * It also notes the access mode of each transaction (READ or WRITE), as a cluster would route it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingDriver implements BeanPostProcessor {

  private static final Set<String> ROUND_TRIPS = Set.of("executableQuery", "session");
  private static final AtomicLong calls = new AtomicLong();
  private static final AtomicLong statements = new AtomicLong();
  private static final Queue<String> modes = new ConcurrentLinkedQueue<>();
  private static volatile String lastQuery = "";

  public static long calls() {
    return calls.get();
  }

  /** The text of the last executable query a request sent. */
  public static String lastQuery() {
    return lastQuery;
  }

  /**
   * Statements sent to Neo4j so far: each executable query, and each {@code run} inside a transaction
   * function, is one. A write's round trips are its statements (a transaction's begin and commit travel
   * with its first and last).
   */
  public static long statements() {
    return statements.get();
  }

  /** The access modes of the transactions since the last call, in order, and forgets them. */
  public static List<String> takeModes() {
    var taken = new java.util.ArrayList<String>();
    for (String mode; (mode = modes.poll()) != null; ) {
      taken.add(mode);
    }
    return taken;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (!(bean instanceof Driver driver)) {
      return bean;
    }
    return proxy(Driver.class, (proxy, method, args) -> {
      if (ROUND_TRIPS.contains(method.getName()) && !background()) {
        calls.incrementAndGet();
        if ("executableQuery".equals(method.getName())) {
          statements.incrementAndGet();
          lastQuery = String.valueOf(args[0]);
        }
      }
      var result = invoke(driver, method, args);
      if (result instanceof ExecutableQuery query) {
        return query(query, RoutingControl.WRITE);
      }
      if (result instanceof Session session) {
        var config = args != null && args.length > 0 && args[args.length - 1] instanceof SessionConfig c ? c : SessionConfig.defaultConfig();
        return session(session, config.defaultAccessMode());
      }
      return result;
    });
  }

  /** The feed's poller and subscriptions' own reads run beside requests, not as part of one. */
  private static boolean background() {
    var thread = Thread.currentThread().getName();
    return thread.startsWith("claim-feed-poller") || thread.startsWith("boundedElastic") || thread.startsWith("parallel");
  }

  private static ExecutableQuery query(ExecutableQuery query, RoutingControl routing) {
    return proxy(ExecutableQuery.class, (proxy, method, args) -> {
      var routed = "withConfig".equals(method.getName()) && args[0] instanceof QueryConfig config ? config.routing() : routing;
      if ("execute".equals(method.getName())) {
        modes.add(routed == RoutingControl.READ ? "READ" : "WRITE");
      }
      var result = invoke(query, method, args);
      return result instanceof ExecutableQuery next ? query(next, routed) : result;
    });
  }

  private static Session session(Session session, @Nullable AccessMode mode) {
    return proxy(Session.class, (proxy, method, args) -> {
      var name = method.getName();
      if (name.startsWith("executeRead")) {
        modes.add("READ");
      } else if (name.startsWith("executeWrite")) {
        modes.add("WRITE");
      }
      if (name.startsWith("execute") && args != null && args.length > 0 && args[0] instanceof TransactionCallback<?> work) {
        args = args.clone();
        args[0] = (TransactionCallback<Object>) tx -> work.execute(counting(tx));
      } else if ("run".equals(name) || "beginTransaction".equals(name)) {
        modes.add(mode == null ? "WRITE" : mode.name());
        if ("run".equals(name) && !background()) {
          statements.incrementAndGet();
        }
      }
      return invoke(session, method, args);
    });
  }

  private static TransactionContext counting(TransactionContext tx) {
    return proxy(TransactionContext.class, (proxy, method, args) -> {
      if ("run".equals(method.getName()) && !background()) {
        statements.incrementAndGet();
      }
      return invoke(tx, method, args);
    });
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, java.lang.reflect.InvocationHandler handler) {
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static @Nullable Object invoke(Object target, Method method, Object @Nullable [] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
