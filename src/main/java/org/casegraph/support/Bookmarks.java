package org.casegraph.support;

import io.micrometer.context.ThreadLocalAccessor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;

/**
 * Read-your-writes across instances: a mutation's response carries a bookmark (the Neo4j bookmarks of
 * its writes, in {@code extensions.bookmark}); a request that sends it back in the {@value #HEADER}
 * header is answered by reads that wait until the database they run on holds those writes. On one Neo4j
 * server that is every read; on a cluster it keeps a follower from answering from before the write.
 *
 * <p>The bookmarks of the request being served travel with it to every data fetcher and batch load (a
 * context-propagation accessor, as Spring Security's context does); repositories ask for them here.
 */
public final class Bookmarks {

  /** The request header that sends a bookmark back. */
  public static final String HEADER = "Casegraph-Bookmark";

  /** The key of a response's bookmark in its {@code extensions}. */
  public static final String EXTENSION = "bookmark";

  private static final ThreadLocal<@Nullable Bookmarks> CURRENT = new ThreadLocal<>();

  private final Set<Bookmark> sent;
  private final BookmarkManager reads;
  private volatile @Nullable Set<Bookmark> written;

  Bookmarks(Set<Bookmark> sent) {
    this.sent = Set.copyOf(sent);
    this.reads = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().withInitialBookmarks(this.sent).build());
  }

  /** A read on a reader (in a cluster) with this timeout, after the request's bookmarks if it has any. */
  public static QueryConfig read(Duration timeout) {
    var builder = QueryConfig.builder().withRouting(RoutingControl.READ).withTimeout(timeout);
    var current = CURRENT.get();
    if (current != null) {
      builder.withBookmarkManager(current.reads);
    }
    return builder.build();
  }

  /** A session that begins after the request's bookmarks; report what it wrote with {@link #written(Set)}. */
  public static SessionConfig session() {
    var current = CURRENT.get();
    return current == null ? SessionConfig.defaultConfig() : SessionConfig.builder().withBookmarks(current.latest()).build();
  }

  /** Records the bookmarks of a write this request made (a session's {@code lastBookmarks()}). */
  public static void written(Set<Bookmark> bookmarks) {
    var current = CURRENT.get();
    if (current != null && !bookmarks.isEmpty()) {
      current.written = Set.copyOf(bookmarks);
      current.reads.updateBookmarks(current.reads.getBookmarks(), bookmarks);
    }
  }

  /** What the request's next transaction must follow: its last write's bookmarks, else those it was sent. */
  private Set<Bookmark> latest() {
    var last = written;
    return last != null ? last : sent;
  }

  @Nullable String writtenToken() {
    var last = written;
    return last == null ? null : encode(last);
  }

  static String encode(Set<Bookmark> bookmarks) {
    var text = bookmarks.stream().map(Bookmark::value).sorted().collect(Collectors.joining("\n"));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static Set<Bookmark> decode(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return Set.of();
    }
    var bookmarks = new HashSet<Bookmark>();
    for (var token : header.split(",")) {
      try {
        var text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
        Arrays.stream(text.split("\n")).filter(v -> !v.isBlank()).map(Bookmark::from).forEach(bookmarks::add);
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("The %s header holds '%s', which is not a bookmark this API gave out; send the value of a mutation's extensions.bookmark"
            .formatted(HEADER, token.trim()));
      }
    }
    return bookmarks;
  }

  /** Carries the request's bookmarks to the threads that serve it (registered in META-INF/services). */
  public static final class Accessor implements ThreadLocalAccessor<Bookmarks> {

    static final String KEY = Bookmarks.class.getName();

    @Override
    public Object key() {
      return KEY;
    }

    @Override
    public @Nullable Bookmarks getValue() {
      return CURRENT.get();
    }

    @Override
    public void setValue(Bookmarks value) {
      CURRENT.set(value);
    }

    @Override
    public void setValue() {
      CURRENT.remove();
    }
  }
}
