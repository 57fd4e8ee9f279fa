package org.casegraph.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Wraps the app's Driver to count what it is asked for: each executable query and each session is
 * one round trip (or one transaction) to Neo4j. Tests compare the count before and after a request.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CountingDriver implements BeanPostProcessor {

  private static final Set<String> ROUND_TRIPS = Set.of("executableQuery", "session");
  private static final AtomicLong calls = new AtomicLong();

  public static long calls() {
    return calls.get();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (!(bean instanceof Driver driver)) {
      return bean;
    }
    return Proxy.newProxyInstance(Driver.class.getClassLoader(), new Class<?>[] {Driver.class}, (proxy, method, args) -> {
      if (ROUND_TRIPS.contains(method.getName())) {
        calls.incrementAndGet();
      }
      try {
        return method.invoke(driver, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    });
  }
}
