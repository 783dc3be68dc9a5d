package se.finsam.uppfoljning.plattform.security;

import fish.payara.security.annotations.ClaimsDefinition;
import fish.payara.security.annotations.LogoutDefinition;
import fish.payara.security.annotations.OpenIdAuthenticationDefinition;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import se.finsam.uppfoljning.plattform.control.Roll;

/**
 * Sign-in through Keycloak. Payara's OpenID Connect mechanism (a Jakarta Security
 * {@code HttpAuthenticationMechanism}) does both halves with one verifier: the authorisation-code
 * flow for the Faces pages, and {@code Authorization: Bearer} access tokens for the REST API
 * (see docs/decisions/0002-oidc-mechanism.md).
 *
 * <p>The values below are the local development defaults. Every one is overridden by MicroProfile
 * Config, e.g. the environment variables {@code PAYARA_SECURITY_OPENID_PROVIDERURI},
 * {@code PAYARA_SECURITY_OPENID_CLIENTID} and {@code PAYARA_SECURITY_OPENID_CLIENTSECRET}.
 */
@ApplicationScoped
@OpenIdAuthenticationDefinition(
        providerURI = "http://localhost:8180/realms/uppfoljning",
        clientId = "uppfoljning-web",
        clientSecret = "demo-secret-uppfoljning-web",
        redirectURI = "${baseURL}/Callback",
        scope = {"openid", "profile", "email", "organization"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/utloggad.xhtml"),
        jwksConnectTimeout = 2000,
        jwksReadTimeout = 2000)
@DeclareRoles({Roll.RAPPORTOR_ROLE, Roll.STYRGRUPP_ROLE, Roll.KANSLI_ROLE, Roll.FORBUNDSCHEF_ROLE,
        Roll.RAPPORTDESIGNER_ROLE, Roll.PARTNERADMIN_ROLE, Roll.STYRELSE_ROLE, Roll.SYSTEMADMIN_ROLE})
public class SecurityConfiguration {
}
