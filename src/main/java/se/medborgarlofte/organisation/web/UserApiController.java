package se.medborgarlofte.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.medborgarlofte.organisation.Memberships;
import se.medborgarlofte.organisation.Role;
import se.medborgarlofte.organisation.Users;
import se.medborgarlofte.shared.FieldErrors;
import se.medborgarlofte.shared.FieldProblem;
import se.medborgarlofte.shared.InvalidInputException;

/**
 * User provisioning for kommuner that script their accounts (ADMIN only, see SecurityConfiguration). Both calls are
 * audited by the services, like the same changes made on the admin pages.
 */
@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Users", description = "Create users and grant memberships; ADMIN only")
class UserApiController {

  private final Users users;
  private final Memberships memberships;

  UserApiController(Users users, Memberships memberships) {
    this.users = users;
    this.memberships = memberships;
  }

  record NewUser(String username, String displayName, String email, String password) {}

  record NewMembership(String role, String municipalityCode, Long localPoliceAreaId) {}

  record Created(long id) {}

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a user (ADMIN); 409 when the user name is taken")
  Created create(@RequestBody(required = false) NewUser body) {
    if (body == null) {
      new FieldErrors().add("body", "a JSON object {username, displayName, email?, password} is required")
          .throwIfAny();
    }
    return new Created(users.create(body.username(), body.displayName(), body.email(), body.password()));
  }

  @PostMapping("/{id}/memberships")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Grant a role, in a kommun or an LPO unless the role is national (ADMIN)")
  Created grant(@PathVariable long id, @RequestBody(required = false) NewMembership body) {
    if (body == null) {
      new FieldErrors().add("body", "a JSON object {role, municipalityCode?, localPoliceAreaId?} is required")
          .throwIfAny();
    }
    Role role = parseRole(body.role());
    try {
      return new Created(memberships.grant(id, role, body.municipalityCode(), body.localPoliceAreaId()));
    } catch (InvalidInputException e) {
      // The service names the admin form's field; the API's field is called localPoliceAreaId.
      throw new InvalidInputException(e.problems().stream().map(p -> "lpoId".equals(p.field())
          ? new FieldProblem(p.line(), "localPoliceAreaId", p.message()) : p).toList());
    }
  }

  private static Role parseRole(String role) {
    try {
      return Role.valueOf(role == null ? "" : role.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("role", "must be one of " + java.util.Arrays.toString(Role.values()));
    }
  }
}
