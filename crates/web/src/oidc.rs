//! Frirum as an OpenID Connect relying party: the providers the operator configured, their
//! discovery documents and keys (fetched when first needed, fetched again when an ID token
//! names a key they do not hold, so that rotated keys are followed), the authorisation
//! request with PKCE, `state` and `nonce`, the code's exchange and the ID token's
//! verification (signature against the provider's JWKS, issuer, audience, expiry, nonce).
//!
//! What the use cases need — the sign-in kept in the database, the person matched to an
//! account — is `frirum_app::sign_in`; this module hands it only verified claims, read by
//! the operator's mapping (which claim is the e-mail, the name, the organisation). Every
//! other claim, such as a national identity number, is dropped here.
//!
//! The client authenticates at the token endpoint with its secret (`client_secret_basic`)
//! or, where the provider asks for it (ID-porten, NemLog-in), with a private key
//! (`private_key_jwt`, RFC 7523): a short-lived assertion signed RS256 with the operator's
//! key, whose public half the provider holds.
//!
//! The HTTP client follows no redirects (a provider's answer must come from the address it
//! published) and gives up after a few seconds, so a provider that does not answer leaves
//! the password login usable.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use openidconnect::core::{
    CoreAuthenticationFlow, CoreClient, CoreJwsSigningAlgorithm, CoreRsaPrivateSigningKey,
};
use openidconnect::{
    AuthType, AuthorizationCode, ClaimsVerificationError, ClientId, ClientSecret, CsrfToken,
    IssuerUrl, JsonWebKeyId, Nonce, PkceCodeChallenge, PkceCodeVerifier, PrivateSigningKey,
    ProviderMetadataWithLogout, RedirectUrl, Scope, SignatureVerificationError, TokenResponse,
};
use serde::Deserialize;
use tokio::sync::RwLock;

/// One provider as the operator configures it (a `[[provider]]` table of the providers'
/// TOML file).
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// Short and stable, in the callback's address: lower-case letters, digits and `-`.
    pub id: String,
    /// Shown on the login page ("ID-porten", "MitID Erhverv").
    pub name: String,
    /// The issuer, whose `/.well-known/openid-configuration` describes the provider.
    pub issuer: String,
    pub client_id: String,
    /// The client secret (`client_secret_basic`). Never printed.
    #[serde(default)]
    pub client_secret: Option<String>,
    /// Scopes asked for besides `openid`.
    #[serde(default = "default_scopes")]
    pub scopes: Vec<String>,
    /// The claim that carries the e-mail address.
    #[serde(default = "default_email_claim")]
    pub email_claim: String,
    /// The claim that carries the person's name.
    #[serde(default = "default_name_claim")]
    pub name_claim: String,
    /// The claim that carries the organisation the person acts for, where there is one.
    #[serde(default)]
    pub organisation_claim: Option<String>,
    /// A PEM file (PKCS#1, `BEGIN RSA PRIVATE KEY`) with the key that signs the client's
    /// assertions (`private_key_jwt`) instead of a client secret.
    #[serde(default)]
    pub private_key_file: Option<std::path::PathBuf>,
    /// The key's id (`kid`) as registered at the provider.
    #[serde(default)]
    pub private_key_id: Option<String>,
    /// Whom the assertion is addressed to: the provider's token endpoint (the default, as
    /// OpenID Connect recommends) or its issuer (as ID-porten asks).
    #[serde(default)]
    pub assertion_audience: AssertionAudience,
    /// The key read from `private_key_file` ([`ProviderConfig::load_private_key`]).
    #[serde(skip)]
    pub private_key: Option<SigningKey>,
}

/// The `aud` of a client assertion.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssertionAudience {
    #[default]
    TokenEndpoint,
    Issuer,
}

/// The private key of a client that signs in with `private_key_jwt`. Never printed.
#[derive(Clone)]
pub struct SigningKey(Arc<CoreRsaPrivateSigningKey>);

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SigningKey([hidden])")
    }
}

/// How long a client assertion is good for: long enough for the request, no more.
const ASSERTION_LIFETIME: time::Duration = time::Duration::seconds(60);

/// The type of a JWT client assertion (RFC 7523, section 2.2).
const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

fn default_scopes() -> Vec<String> {
    vec!["email".to_owned(), "profile".to_owned()]
}

fn default_email_claim() -> String {
    "email".to_owned()
}

fn default_name_claim() -> String {
    "name".to_owned()
}

impl std::fmt::Debug for ProviderConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProviderConfig")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("issuer", &self.issuer)
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "[hidden]"),
            )
            .field("scopes", &self.scopes)
            .field("email_claim", &self.email_claim)
            .field("name_claim", &self.name_claim)
            .field("organisation_claim", &self.organisation_claim)
            .field("private_key_file", &self.private_key_file)
            .field("private_key_id", &self.private_key_id)
            .field("assertion_audience", &self.assertion_audience)
            .finish()
    }
}

/// The providers' file: `[[provider]]` tables.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvidersFile {
    #[serde(default)]
    provider: Vec<ProviderConfig>,
}

/// Reads and checks the providers' TOML file, once, at start.
pub fn parse_providers(text: &str) -> Result<Vec<ProviderConfig>, String> {
    let mut file: ProvidersFile = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut seen = std::collections::HashSet::new();
    for provider in &mut file.provider {
        provider.validate()?;
        provider.load_private_key()?;
        if !seen.insert(provider.id.as_str()) {
            return Err(format!("provider {:?} is configured twice", provider.id));
        }
    }
    Ok(file.provider)
}

impl ProviderConfig {
    /// Reads the key of `private_key_file`, if one is named, and keeps it; a file that
    /// cannot be read or holds no RSA private key is refused at start.
    pub fn load_private_key(&mut self) -> Result<(), String> {
        let Some(path) = &self.private_key_file else {
            return Ok(());
        };
        let pem = std::fs::read_to_string(path).map_err(|e| {
            format!(
                "provider {}: private_key_file {}: {e}",
                self.id,
                path.display()
            )
        })?;
        let kid = self.private_key_id.clone().map(JsonWebKeyId::new);
        let key = CoreRsaPrivateSigningKey::from_pem(&pem, kid).map_err(|e| {
            format!(
                "provider {}: private_key_file {}: not an RSA private key in PEM (PKCS#1): {e}",
                self.id,
                path.display()
            )
        })?;
        self.private_key = Some(SigningKey(Arc::new(key)));
        Ok(())
    }

    /// Refuses what cannot work: an id unfit for an address, an issuer that is no URL or is
    /// plain HTTP beyond this machine, empty names.
    pub fn validate(&self) -> Result<(), String> {
        let id_ok = !self.id.is_empty()
            && self.id.len() <= 40
            && self
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(format!(
                "provider id {:?}: use 1 to 40 lower-case letters, digits and '-'",
                self.id
            ));
        }
        if self.name.trim().is_empty() {
            return Err(format!("provider {}: the name is empty", self.id));
        }
        if self.client_id.trim().is_empty() {
            return Err(format!("provider {}: the client_id is empty", self.id));
        }
        if self.client_secret.is_some() && self.private_key_file.is_some() {
            return Err(format!(
                "provider {}: give either client_secret or private_key_file, not both",
                self.id
            ));
        }
        let issuer = openidconnect::url::Url::parse(&self.issuer)
            .map_err(|e| format!("provider {}: issuer {:?}: {e}", self.id, self.issuer))?;
        let loopback = matches!(issuer.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"));
        if issuer.scheme() != "https" && !(issuer.scheme() == "http" && loopback) {
            return Err(format!(
                "provider {}: the issuer must be https:// (plain http only on this machine)",
                self.id
            ));
        }
        for claim in [&self.email_claim, &self.name_claim]
            .into_iter()
            .chain(self.organisation_claim.as_ref())
        {
            if claim.trim().is_empty() {
                return Err(format!("provider {}: a claim name is empty", self.id));
            }
        }
        Ok(())
    }
}

/// Why a provider could not be used.
#[derive(Debug, thiserror::Error)]
pub enum OidcError {
    /// No answer, or not one OpenID Connect allows (discovery, keys, token endpoint).
    #[error("the provider did not answer: {0}")]
    Unavailable(String),
    /// The ID token was refused.
    #[error("the ID token was refused: {0}")]
    Token(String),
}

impl From<OidcError> for frirum_app::Error {
    fn from(err: OidcError) -> Self {
        match err {
            OidcError::Unavailable(reason) => frirum_app::Error::ProviderUnavailable { reason },
            OidcError::Token(reason) => frirum_app::Error::SignInToken { reason },
        }
    }
}

type Metadata = ProviderMetadataWithLogout;

struct Provider {
    config: ProviderConfig,
    metadata: RwLock<Option<Arc<Metadata>>>,
}

/// The configured providers, their discovered metadata and the HTTP client they share.
pub struct Providers {
    providers: Vec<Provider>,
    http: Http,
}

impl std::fmt::Debug for Providers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.providers.iter().map(|p| &p.config))
            .finish()
    }
}

/// Where the sign-in starts: the provider's address to send the browser to, and what the
/// return must match.
pub struct Start {
    pub url: String,
    pub state: String,
    pub nonce: String,
    pub pkce_verifier: String,
}

impl Providers {
    pub fn new(configs: Vec<ProviderConfig>) -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(3))
            .timeout(Duration::from_secs(8))
            .build()
            .expect("the HTTP client builds");
        Providers {
            providers: configs
                .into_iter()
                .map(|config| Provider {
                    config,
                    metadata: RwLock::new(None),
                })
                .collect(),
            http: Http(http),
        }
    }

    /// The providers for the login page: id and name.
    pub fn list(&self) -> Vec<(String, String)> {
        self.providers
            .iter()
            .map(|p| (p.config.id.clone(), p.config.name.clone()))
            .collect()
    }

    fn provider(&self, id: &str) -> Option<&Provider> {
        self.providers.iter().find(|p| p.config.id == id)
    }

    /// Whether a provider of this id is configured.
    pub fn has(&self, id: &str) -> bool {
        self.provider(id).is_some()
    }

    async fn metadata(&self, provider: &Provider, fresh: bool) -> Result<Arc<Metadata>, OidcError> {
        if !fresh && let Some(found) = provider.metadata.read().await.clone() {
            return Ok(found);
        }
        let issuer = IssuerUrl::new(provider.config.issuer.clone())
            .map_err(|e| OidcError::Unavailable(format!("issuer: {e}")))?;
        let discovered = Metadata::discover_async(issuer, &self.http)
            .await
            .map_err(|e| OidcError::Unavailable(format!("discovery: {}", error_chain(&e))))?;
        let discovered = Arc::new(discovered);
        *provider.metadata.write().await = Some(discovered.clone());
        Ok(discovered)
    }

    fn client(
        provider: &Provider,
        metadata: &Metadata,
        redirect: &str,
    ) -> Result<
        CoreClient<
            openidconnect::EndpointSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointNotSet,
            openidconnect::EndpointMaybeSet,
            openidconnect::EndpointMaybeSet,
        >,
        OidcError,
    > {
        let redirect = RedirectUrl::new(redirect.to_owned())
            .map_err(|e| OidcError::Unavailable(format!("redirect address: {e}")))?;
        let client = CoreClient::from_provider_metadata(
            metadata.clone(),
            ClientId::new(provider.config.client_id.clone()),
            provider.config.client_secret.clone().map(ClientSecret::new),
        )
        .set_redirect_uri(redirect);
        // With a private key the client id goes in the body beside the assertion.
        Ok(if provider.config.private_key.is_some() {
            client.set_auth_type(AuthType::RequestBody)
        } else {
            client
        })
    }

    /// The client assertion (`private_key_jwt`) for a token request at `now`, when the
    /// provider is configured with a private key.
    fn assertion(
        provider: &Provider,
        metadata: &Metadata,
        now: time::OffsetDateTime,
    ) -> Result<Option<String>, OidcError> {
        let Some(SigningKey(key)) = &provider.config.private_key else {
            return Ok(None);
        };
        let audience = match provider.config.assertion_audience {
            AssertionAudience::Issuer => metadata.issuer().to_string(),
            AssertionAudience::TokenEndpoint => metadata
                .token_endpoint()
                .ok_or_else(|| {
                    OidcError::Unavailable("the provider publishes no token endpoint".to_owned())
                })?
                .to_string(),
        };
        let client = &provider.config.client_id;
        let mut header = serde_json::json!({ "alg": "RS256", "typ": "JWT" });
        if let Some(kid) = &provider.config.private_key_id {
            header["kid"] = serde_json::Value::from(kid.as_str());
        }
        let claims = serde_json::json!({
            "iss": client,
            "sub": client,
            "aud": audience,
            "jti": CsrfToken::new_random().secret(),
            "iat": now.unix_timestamp(),
            "exp": (now + ASSERTION_LIFETIME).unix_timestamp(),
        });
        let encode = |value: &serde_json::Value| URL_SAFE_NO_PAD.encode(value.to_string());
        let input = format!("{}.{}", encode(&header), encode(&claims));
        let signature = key
            .sign(
                &CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
                input.as_bytes(),
            )
            .map_err(|e| OidcError::Unavailable(format!("signing the client assertion: {e}")))?;
        Ok(Some(format!(
            "{input}.{}",
            URL_SAFE_NO_PAD.encode(signature)
        )))
    }

    /// Starts a sign-in at `id`: the authorisation request with PKCE (S256), a fresh state and
    /// nonce. `None` for an unknown provider.
    pub async fn start(&self, id: &str, redirect: &str) -> Option<Result<Start, OidcError>> {
        let provider = self.provider(id)?;
        Some(self.start_at(provider, redirect).await)
    }

    async fn start_at(&self, provider: &Provider, redirect: &str) -> Result<Start, OidcError> {
        let metadata = self.metadata(provider, false).await?;
        let client = Self::client(provider, &metadata, redirect)?;
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        let mut request = client.authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        );
        for scope in &provider.config.scopes {
            request = request.add_scope(Scope::new(scope.clone()));
        }
        let (url, state, nonce) = request.set_pkce_challenge(challenge).url();
        Ok(Start {
            url: url.to_string(),
            state: state.secret().clone(),
            nonce: nonce.secret().clone(),
            pkce_verifier: verifier.secret().clone(),
        })
    }

    /// Exchanges the code for tokens and verifies the ID token (against keys fetched again
    /// when it names one the provider's cached set lacks); returns the mapped identity.
    pub async fn finish(
        &self,
        id: &str,
        redirect: &str,
        code: &str,
        nonce: &str,
        pkce_verifier: &str,
        now: time::OffsetDateTime,
    ) -> Result<frirum_app::sign_in::Identity, OidcError> {
        let provider = self
            .provider(id)
            .ok_or_else(|| OidcError::Unavailable(format!("no provider {id}")))?;
        let metadata = self.metadata(provider, false).await?;
        let client = Self::client(provider, &metadata, redirect)?;
        let mut request = client
            .exchange_code(AuthorizationCode::new(code.to_owned()))
            .map_err(|e| OidcError::Unavailable(format!("token endpoint: {e}")))?
            .set_pkce_verifier(PkceCodeVerifier::new(pkce_verifier.to_owned()));
        if let Some(assertion) = Self::assertion(provider, &metadata, now)? {
            request = request
                .add_extra_param("client_assertion_type", ASSERTION_TYPE)
                .add_extra_param("client_assertion", assertion);
        }
        let tokens = request
            .request_async(&self.http)
            .await
            .map_err(|e| OidcError::Unavailable(format!("token request: {}", error_chain(&e))))?;
        let id_token = tokens
            .id_token()
            .ok_or_else(|| OidcError::Token("the token answer holds no ID token".to_owned()))?;
        let nonce = Nonce::new(nonce.to_owned());
        let verified = match id_token.claims(&client.id_token_verifier(), &nonce) {
            Ok(_) => Ok(()),
            Err(ClaimsVerificationError::SignatureVerification(
                SignatureVerificationError::NoMatchingKey,
            )) => {
                // A key the cached set lacks: the provider may have rotated its keys.
                let metadata = self.metadata(provider, true).await?;
                let client = Self::client(provider, &metadata, redirect)?;
                id_token
                    .claims(&client.id_token_verifier(), &nonce)
                    .map(|_| ())
                    .map_err(|e| OidcError::Token(error_chain(&e)))
            }
            Err(e) => Err(OidcError::Token(error_chain(&e))),
        };
        verified?;
        // The token is verified: its payload is read once more for the operator's claims.
        let claims = payload(&id_token.to_string())?;
        Ok(identity(&provider.config, &claims))
    }

    /// Where to end the provider's session at logout (RP-initiated logout), if its discovery
    /// document names an `end_session_endpoint`; `after` is where it sends the browser back.
    pub async fn logout_url(&self, id: &str, after: &str) -> Option<String> {
        let provider = self.provider(id)?;
        let metadata = match self.metadata(provider, false).await {
            Ok(m) => m,
            Err(e) => {
                tracing::warn!(provider = id, "logout at the provider skipped: {e}");
                return None;
            }
        };
        let end = metadata
            .additional_metadata()
            .end_session_endpoint
            .as_ref()?;
        let mut url = end.url().clone();
        url.query_pairs_mut()
            .append_pair("client_id", &provider.config.client_id)
            .append_pair("post_logout_redirect_uri", after);
        Some(url.to_string())
    }
}

/// The JSON claims of a compact JWT (already verified).
fn payload(jwt: &str) -> Result<serde_json::Map<String, serde_json::Value>, OidcError> {
    let part = jwt
        .split('.')
        .nth(1)
        .ok_or_else(|| OidcError::Token("not a compact JWT".to_owned()))?;
    let bytes = URL_SAFE_NO_PAD
        .decode(part.trim_end_matches('='))
        .map_err(|e| OidcError::Token(format!("payload: {e}")))?;
    serde_json::from_slice(&bytes).map_err(|e| OidcError::Token(format!("payload: {e}")))
}

/// The identity as the operator's mapping reads the claims; nothing else is kept.
fn identity(
    config: &ProviderConfig,
    claims: &serde_json::Map<String, serde_json::Value>,
) -> frirum_app::sign_in::Identity {
    let text = |name: &str| {
        claims.get(name).and_then(|v| match v {
            serde_json::Value::String(s) => Some(s.clone()),
            serde_json::Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    };
    // `email_verified` is a boolean, though some providers send the string "true".
    let email_verified = match claims.get("email_verified") {
        Some(serde_json::Value::Bool(b)) => *b,
        Some(serde_json::Value::String(s)) => s == "true",
        _ => false,
    };
    frirum_app::sign_in::Identity {
        provider: config.id.clone(),
        subject: text("sub").unwrap_or_default(),
        email: text(&config.email_claim),
        email_verified,
        name: text(&config.name_claim),
        organisation: config.organisation_claim.as_deref().and_then(text),
    }
}

/// An error with its causes, for the log.
fn error_chain(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut source = err.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// The HTTP client `openidconnect` sends its requests through: our reqwest client.
struct Http(reqwest::Client);

impl<'c> openidconnect::AsyncHttpClient<'c> for Http {
    type Error = HttpError;
    type Future = std::pin::Pin<
        Box<
            dyn std::future::Future<Output = Result<openidconnect::HttpResponse, HttpError>>
                + Send
                + 'c,
        >,
    >;

    fn call(&'c self, request: openidconnect::HttpRequest) -> Self::Future {
        Box::pin(async move {
            let request = reqwest::Request::try_from(request)?;
            let response = self.0.execute(request).await?;
            let mut builder = openidconnect::http::Response::builder().status(response.status());
            for (name, value) in response.headers() {
                builder = builder.header(name, value);
            }
            let body = response.bytes().await?.to_vec();
            builder
                .body(body)
                .map_err(|e| HttpError(format!("response: {e}")))
        })
    }
}

/// The HTTP client's failure, as `openidconnect` wants an error type.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct HttpError(String);

impl From<reqwest::Error> for HttpError {
    fn from(err: reqwest::Error) -> Self {
        HttpError(error_chain(&err))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = r#"
[[provider]]
id = "idporten"
name = "ID-porten"
issuer = "https://idporten.example"
client_id = "frirum"
client_secret = "s3cret-value"
organisation_claim = "orgno"
"#;

    #[test]
    fn a_providers_file_is_read_and_its_secret_never_printed() {
        let providers = parse_providers(ONE).unwrap();
        assert_eq!(providers.len(), 1);
        assert_eq!(providers[0].email_claim, "email");
        assert_eq!(providers[0].scopes, ["email", "profile"]);
        let printed = format!("{:?}", providers[0]);
        assert!(!printed.contains("s3cret-value"), "{printed}");
    }

    #[test]
    fn a_bad_provider_is_refused_at_start() {
        for (bad, why) in [
            (ONE.replace("idporten\"", "ID porten\""), "provider id"),
            (
                ONE.replace("https://idporten.example", "http://idporten.example"),
                "https",
            ),
            (
                ONE.replace("https://idporten.example", "not a url"),
                "issuer",
            ),
            (format!("{ONE}{ONE}"), "twice"),
            (ONE.replace("client_id", "client"), "unknown field"),
        ] {
            let err = parse_providers(&bad).unwrap_err();
            assert!(err.contains(why), "{why}: {err}");
        }
        let local = ONE.replace("https://idporten.example", "http://127.0.0.1:9000");
        assert!(parse_providers(&local).is_ok());
    }

    #[test]
    fn only_the_mapped_claims_are_kept() {
        let config = &parse_providers(ONE).unwrap()[0];
        let claims = serde_json::json!({
            "sub": "abc", "email": "kari@example.no", "email_verified": true,
            "name": "Kari", "orgno": 974760673, "pid": "01017012345"
        });
        let identity = identity(config, claims.as_object().unwrap());
        assert_eq!(identity.organisation.as_deref(), Some("974760673"));
        assert!(identity.email_verified);
        assert!(!format!("{identity:?}").contains("01017012345"));
    }
}
