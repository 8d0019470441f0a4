package io.shopdesk.security;

/**
 * The first password of a newly provisioned user, shown once to whoever created the user and never stored in
 * clear. Empty password when the identity provider sends its own invitation instead.
 */
public record InitialCredentials(String email, String password) {

    @Override
    public String toString() {
        return "InitialCredentials[" + email + "]";
    }
}
