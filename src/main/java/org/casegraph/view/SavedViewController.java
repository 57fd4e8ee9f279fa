package org.casegraph.view;

import java.util.List;
import java.util.UUID;
import org.casegraph.security.Viewer;
import org.casegraph.support.BadRequestException;
import org.casegraph.support.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

/**
 * The caller's saved views. Any token may keep views (a READER too: a view writes no fact); each sees and
 * changes only its own, and another token's view is answered as not found.
 */
@Controller
class SavedViewController {

  private final SavedViews views;
  private final ViewProperties limits;

  SavedViewController(SavedViews views, ViewProperties limits) {
    this.views = views;
    this.limits = limits;
  }

  @QueryMapping
  List<SavedView> savedViews() {
    return views.list(owner());
  }

  @QueryMapping
  SavedView savedView(@Argument String id) {
    return views.find(owner(), id).orElseThrow(() -> notFound(id));
  }

  @MutationMapping
  SavedView saveView(@Argument SaveViewInput input) {
    var owner = owner();
    check(input);
    if (input.id() != null) {
      return views.overwrite(owner, input.id(), input).orElseThrow(() -> notFound(input.id()));
    }
    if (views.count(owner) >= limits.maxPerOwner()) {
      throw new BadRequestException("This token keeps %d saved views, the most allowed; delete one or overwrite it (give its id)"
          .formatted(limits.maxPerOwner()));
    }
    return views.create(owner, "view:" + UUID.randomUUID(), input);
  }

  @MutationMapping
  boolean deleteSavedView(@Argument String id) {
    if (!views.delete(owner(), id)) {
      throw notFound(id);
    }
    return true;
  }

  private void check(SaveViewInput input) {
    if (input.name().isBlank() || input.name().length() > limits.maxNameLength()) {
      throw new BadRequestException("name: give a view a name of 1 to %d characters".formatted(limits.maxNameLength()));
    }
    if (input.state().length() > limits.maxStateLength()) {
      throw new BadRequestException("state: %,d characters is more than a saved view keeps (%,d); keep less in the state, such as fewer positions"
          .formatted(input.state().length(), limits.maxStateLength()));
    }
    if (input.ids().size() > limits.maxIds()) {
      throw new BadRequestException("ids: %,d ids is more than a saved view keeps (%,d)".formatted(input.ids().size(), limits.maxIds()));
    }
  }

  /** Whose views these are: the token's name or the JWT's subject; anonymous callers keep none. */
  private static String owner() {
    var name = Viewer.name();
    if ("anonymous".equals(name)) {
      throw new AccessDeniedException("Sign in with a token to keep saved views");
    }
    return name;
  }

  private static NotFoundException notFound(@Nullable String id) {
    return new NotFoundException("You have no saved view with id '%s'".formatted(id));
  }
}
