/**
 * Who may do what (Spring Security): users with hashed passwords and API tokens from configuration, a generated
 * admin account on a loopback address only, roles VIEWER &lt; COORDINATOR &lt; ADMIN, sign-in tokens for the
 * dashboard. Reads are open on a loopback address; every write needs a role.
 */
@NullMarked
package dev.policygraph.security;

import org.jspecify.annotations.NullMarked;
