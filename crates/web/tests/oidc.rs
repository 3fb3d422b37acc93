//! Signing in through an OpenID Connect provider, against a real provider on loopback: a
//! tiny HTTP server in this test serves the discovery document, the keys (JWKS, which a test
//! may rotate) and a token endpoint answering with an ID token the test signed. Every
//! refusal of issue 18 is tried: a wrong or reused state (400, no session), a bad signature,
//! a wrong audience, an expired token and a wrong nonce (401 `oidc_token_invalid`, no
//! account touched), an unknown person (no account created), a provider that does not
//! answer, at the start or at the code's exchange (a clear page; the password login still
//! works).
//!
//! Invitations accepted through the provider: the account made and the identity linked,
//! signed in on the front page; a verified e-mail address other than the invited one
//! refused with no account; a used or expired invitation refused with the page that says
//! whom to ask; a state used once; an identity already linked to an account refused.

mod common;

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use common::{Browser, PASSWORD, TestApp, email};
use frirum_app::clock::FixedClock;
use frirum_app::{App, AppConfig};
use frirum_domain::journal::{Actor, CaseKind};
use frirum_domain::{Language, PageRequest, Role};
use frirum_store::testing::TestStore;
use frirum_store::{InvitationMail, NewInvitation};
use frirum_web::oidc::{AssertionAudience, ProviderConfig};
use frirum_web::{AppState, WebConfig};
use openidconnect::core::{CoreJwsSigningAlgorithm, CoreRsaPrivateSigningKey};
use openidconnect::{JsonWebKey, JsonWebKeyId, PrivateSigningKey};
use serde_json::{Value, json};

/// Test keys, made for this test only (`openssl genrsa 2048`); they sign nothing else.
const KEY_A: &str = "-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAyy0wJemV6m737ec80ruBthBJllHCNQq7Nbon+/uhX3liPLnT
7ZjHMnuapzHIfhBlcEAKVe/47A61w1hVNT/e13DQpMRb6jqCVh+q107tbr6vZnI2
YWo6NtPFLPSOHmET/pq6z5gRHjWjrThIVff/o37rsBez9WiUR/NJLTWh+DXhXl4F
zdw9dm/+iBIhtAyC/lPVBONDKnlvUjhMKXNlC7eMbcOS8eqQSEA86Mbhqv6EFqFr
fHjtoAZkcb8mv2TSc1AftoEYOxJuqqupNkuqvSpNKC7UfBvFg78Ohq6dipu4pLWC
Vhd18jwMafgWLy12kz40ETPHwFnpsyBAANX+pQIDAQABAoIBAAQoR4zvC6dBYAdZ
LPBu78eG68qMn7mwH4aI6ZqJWpL2i+EMOF7rOmA5EUAMj7qsoTa7yLpbb6982ZFG
tG+jf+7OmyZT8kGHsvUKLte7ALa8ZiBlg+FYaBqJGMbDtki+2cbi6aGnzendVR0N
QsWnjm6NAUuYIJGL80TJoJyxNUA76KjjDDJqz4CnOnUYXd+7IbJCaUmuwYP/b5GC
YG4JaupEbyTrEpCXK93zBhUVGldbMsFhRHxA6BXPZMtg53lsY9A0UtTO8YmXxgDg
8GPO8TXFoPuQuxzOQvne19fppjGFIKWKa4XEWOC0dQMBwRHqi/eIjZfcs6A7Q0tO
5JqmvIECgYEA8Jm9M9mragvtmdZ3mnae+9TwjqQ2BFfkHW51r6tzwwn/3+uhso6N
myOJIr3qW/hJ3qzqrG7GvXXVMQTJFcmdYXJycR3TUM7NamCc0V00HaO9Kt55WGvr
73lfzlBIenCTA1ktkKxTg4owL39fpR5l8rIxRnB0vPs2lj/4dqgtjoUCgYEA2C5A
x79PMdL7+hvHZW59GbMy30XATDuWvS/w0j9pZuMbPw3U2cVYq598fTm3aAVDa3WL
oMqdUKwa8Ngda5N9hFyp8NB3HWrfuYWhZ6VLSDz3AyI/L8pvo535XRXZ/ptnjghS
GPQNIVvDwYde9yRTFkkvE1jpI2jDM6apzsdQ+aECgYEAxyFm76AK+AURTI6thMEC
iklOI7CTKHsZyKYgbxlHATiodsqNlLvZRXpeyMtISYAwm0SgIcC5ahs5LI3aY9bv
E7TmNOrLd4kBiDaX88vhE1rueKmS4vTHW/cnrRjTM8syUcYgKSoHIMphYR5Zqc6D
8B89GyB97d846Zfea058DgUCgYEAjiMLMMpWdbn1NuMg3U4iLs2l+ytPXlAnskhd
HL/Yu29DMNgVRQH+ZQk9vtA+CMS9KWBl59iQSsR+CjDuVxbohiivC8jlKJBmfQKh
txX1Q4/iEUtpJDED6h4qIMwHQuJG2hoacJG2OGKveQVaqUBW6OZBb4Ub9M4i2kkQ
iQZ/9UECgYA/HdlVdz56Kw6eYo+ntkhH+9Sz9fH7++D9GBbxjsyxrBzTKqtBmCRB
XHM8o6KT163ndFoBtsyP0PG6831/CuxZOAB0wmj6LPeC8QwD5seJBm51c9s4Qqm3
vxEuMWDxbbVAqCs+xpqT0aP/YWlntym618No8jYds4xyKc3TEJVEZA==
-----END RSA PRIVATE KEY-----";
const KEY_B: &str = "-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEA6aEJTyWcuP6haKXn0HL5l3IS8w4+tJOR3cKrShhFpcPaorM0
uC3KIm0LkbFd8d+TwSqIvElIDCYY4ui2atoilv9Jh6T//oi8Sxoj7HWVCzahCF01
1KfW2x4lMvVAyTIRMtQSRNxCxGhRCmUQJ5rDJtX0D7JJBQyuKUdDw0bC2gZOQjfG
clz2rhiRSndGHqBC6163LXPz4cN889yy2lj36YgjF9kP1AZ6REs0xEyDZbH+e91s
f71MenYqH6hn9koNw6A8zG3nDqKl0Iy8oI/bpskh9uOvWdxfC4YfRNfABmK6rHKA
9KRbm7LEG+TgVY/AsnGURgihbLMvtoQvxxwqVwIDAQABAoIBAAtKdqf/R8cCusKK
HF06wUPQ4WOQ46zqKyKph/eymyw6/jPeeHJ/93J0emOoS8OUmdlOeMqtS/nyVNQj
riwVQLr8S8RuT/vCc6zeE0KqaBYF7yT3n62qoJcvzxAj1C63VkwEtKFSd8pyfVJy
ke0oEbz1vvkeFWELzx+FlOTv0hs10bciT33dnu21ainWHJcWkiQu80LYcvANHYiT
fWtpDQpPgBloannTVSYV5MnLPQgSHSKbuitzbngOAfR8WG35N3+Z71AYqkoO5tnX
Wd/fxIGHFmXWOiCyXyyCG5D8eIQYxJkX2vp3N+W8R69seq6Tsk3utGJNOqx52Xti
abT/7AECgYEA/4PY7olR3BKJWcx/LYSRafdtdsub/Bo8n5qBx3impP7T0C50Lg6b
A07NiUWIWDCM4ywEiFc4ynCeAVUP0a161c3JYszQ6iqeq3VvmYGAJ3g/CdaGlMhZ
BL8v+rZ3kHXabvH911obvdz8KtGlE3xQ9rBdiYHoUcWG97TxWkwLpFcCgYEA6hKO
BLtJXk1KtaFNeNCsCTzUKg5WvoCdYSTZzjkSe3lUpm+PCVVdIy10M0kYcEQY/Tt6
g/7GMQu78EnfiUqycOBxaPFsmXZIvtG6N5wj3j7OjHEMD5rz1rkAhMQ55CpeO6qr
Yz9Mq+Sv8tW7B1bXg6NuEYsg9bGvHVZwKeBP6gECgYAQyMdqO+j9rNYK6Qz9n3Sx
4kf1gsB3Wf3behnGUZ2YvwiI51RIZjs2h2mm98NSD7ZhgdW2Ywxe9/DZI45LdrrX
6pGtBMlAaJZNqwQusDwL27FAYzAp+9MlJa3wKSZHfgZgPVMwX0HtQePqqCTQ19y1
p7YtPzRUksYf5WnpRY+KNwKBgBMNC44LCD+qnsgFpt6MbVQbJVF+9URwB18etrN4
Ja7zAxbAwa2KyxfP3UNHUbvhbv89Vg1kMRFQ2S0HdjAgakGRouldrO8Yl3cgbr2T
8b9m8Tyw/sBOZkY1rHsh1WxinmTQ0T40qrLa3A8xohVI1iWaqZy37CjTG2OR43Ml
FJwBAoGBAIHl2HVmZi9VkaxIROSzzNFvFMiTGWrClK1bIagrv3xQ4ZS7ugouZf3y
kBdqEuJtpncm7MnEKQ7N77Xj3OD+NO/tGRP88+1IkGDTPCJfJHbfs8X0TegQrSlp
1u7oWjvYdTA4LJuQ6XN+UhQTsjenOFhKm5Gpe+my2Yvi+jo6r4Rk
-----END RSA PRIVATE KEY-----";

const CLIENT_ID: &str = "frirum-test";

fn key(pem: &str, kid: &str) -> CoreRsaPrivateSigningKey {
    CoreRsaPrivateSigningKey::from_pem(pem, Some(JsonWebKeyId::new(kid.to_owned()))).unwrap()
}

/// What the loopback provider serves; the test changes it between steps.
#[derive(Default)]
struct Served {
    issuer: String,
    /// The public keys, as JWKS entries.
    keys: Vec<Value>,
    /// The ID token the token endpoint answers with.
    id_token: String,
    /// Whether the token endpoint fails (a provider that stops answering mid-sign-in).
    token_fails: bool,
    /// What each token request carried.
    token_requests: Vec<TokenRequest>,
}

/// A token request as the provider received it: its `Authorization` header and its form.
type TokenRequest = (Option<String>, Vec<(String, String)>);

type Shared = Arc<Mutex<Served>>;

async fn discovery(State(served): State<Shared>) -> axum::Json<Value> {
    let issuer = served.lock().unwrap().issuer.clone();
    axum::Json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "end_session_endpoint": format!("{issuer}/session/end"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"],
    }))
}

async fn jwks(State(served): State<Shared>) -> axum::Json<Value> {
    axum::Json(json!({ "keys": served.lock().unwrap().keys.clone() }))
}

async fn token(
    State(served): State<Shared>,
    headers: axum::http::HeaderMap,
    axum::Form(form): axum::Form<Vec<(String, String)>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let mut served = served.lock().unwrap();
    let authorization = headers
        .get(axum::http::header::AUTHORIZATION)
        .map(|v| v.to_str().unwrap().to_owned());
    served.token_requests.push((authorization, form));
    if served.token_fails {
        return (StatusCode::BAD_GATEWAY, "upstream down").into_response();
    }
    axum::Json(json!({
        "access_token": "access",
        "token_type": "Bearer",
        "expires_in": 300,
        "id_token": served.id_token.clone(),
    }))
    .into_response()
}

/// A provider listening on a loopback port of its own.
async fn provider() -> Shared {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    let served = Arc::new(Mutex::new(Served {
        issuer,
        keys: vec![jwk(&key(KEY_A, "a"))],
        id_token: String::new(),
        token_fails: false,
        token_requests: Vec::new(),
    }));
    let app = Router::new()
        .route("/.well-known/openid-configuration", get(discovery))
        .route("/jwks", get(jwks))
        .route("/token", post(token))
        .with_state(served.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    served
}

fn jwk(key: &CoreRsaPrivateSigningKey) -> Value {
    serde_json::to_value(key.as_verification_key()).unwrap()
}

/// A signed ID token: `claims` over the usual ones, signed by `key` but naming `kid`.
fn id_token(key: &CoreRsaPrivateSigningKey, kid: &str, claims: Value) -> String {
    let header = json!({ "alg": "RS256", "typ": "JWT", "kid": kid });
    let encode = |v: &Value| URL_SAFE_NO_PAD.encode(serde_json::to_vec(v).unwrap());
    let input = format!("{}.{}", encode(&header), encode(&claims));
    let signature = key
        .sign(
            &CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
            input.as_bytes(),
        )
        .unwrap();
    format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature))
}

fn claims(issuer: &str, nonce: &str, subject: &str, mail: &str) -> Value {
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    json!({
        "iss": issuer,
        "aud": CLIENT_ID,
        "sub": subject,
        "iat": now,
        "exp": now + 300,
        "nonce": nonce,
        "email": mail,
        "email_verified": true,
        "name": "Kari Nordmann",
        "pid": "01017012345",
    })
}

async fn app_with(issuer: &str) -> TestApp {
    let store = match TestStore::postgres().await {
        Some(store) => store,
        None => TestStore::sqlite().await,
    };
    TestApp::with(store, web_config(issuer)).await
}

/// The application with the test provider, these use-case settings and this clock.
async fn app_with_config(
    issuer: &str,
    config: AppConfig,
    clock: Arc<dyn frirum_app::Clock>,
) -> TestApp {
    let mut app = app_with(issuer).await;
    let inner = App::new(app.store.store.clone(), config).with_clock(clock);
    app.router = frirum_web::router(AppState::new(inner, web_config(issuer)));
    app
}

fn web_config(issuer: &str) -> WebConfig {
    WebConfig {
        oidc_providers: vec![ProviderConfig {
            id: "test".to_owned(),
            name: "Test-ID".to_owned(),
            issuer: issuer.to_owned(),
            client_id: CLIENT_ID.to_owned(),
            client_secret: Some("secret".to_owned()),
            scopes: vec!["email".to_owned()],
            email_claim: "email".to_owned(),
            name_claim: "name".to_owned(),
            organisation_claim: None,
            private_key_file: None,
            private_key_id: None,
            assertion_audience: AssertionAudience::default(),
            private_key: None,
        }],
        ..WebConfig::default()
    }
}

/// Starts a sign-in: the state and nonce the provider was sent.
async fn start(browser: &mut Browser<'_>) -> (String, String) {
    let reply = browser.get("/login/oidc/test?next=/account").await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let location = openidconnect::url::Url::parse(&reply.location()).unwrap();
    let param = |name: &str| {
        location
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap()
    };
    assert_eq!(param("code_challenge_method"), "S256");
    assert_eq!(param("client_id"), CLIENT_ID);
    (param("state"), param("nonce"))
}

async fn come_back(browser: &mut Browser<'_>, state: &str) -> common::Reply {
    browser
        .get(&format!(
            "/login/oidc/test/callback?state={state}&code=the-code"
        ))
        .await
}

fn signed_in(browser: &Browser<'_>) -> bool {
    browser.cookies.iter().any(|(n, _)| n == "frirum_session")
}

#[tokio::test]
async fn a_verified_email_signs_in_and_links_the_identity() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    let mut browser = Browser::new(&app);
    let login = browser.get("/login").await;
    assert!(
        login.text().contains("/login/oidc/test"),
        "the login page offers the provider"
    );
    assert!(login.text().contains("Test-ID"));

    let (state, nonce) = start(&mut browser).await;
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(&issuer, &nonce, "subject-1", &email(Role::Admin)),
    );
    let back = come_back(&mut browser, &state).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text());
    assert_eq!(back.location(), "/account");
    assert!(signed_in(&browser));
    assert_eq!(browser.get("/account").await.status, StatusCode::OK);

    // The second time the subject is enough, whatever address the provider now gives.
    let mut other = Browser::new(&app);
    let (state, nonce) = start(&mut other).await;
    let mut second = claims(&issuer, &nonce, "subject-1", "changed@elsewhere.example");
    second["email_verified"] = json!(false);
    served.lock().unwrap().id_token = id_token(&key(KEY_A, "a"), "a", second);
    assert_eq!(
        come_back(&mut other, &state).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(signed_in(&other));

    // Logging out ends Frirum's session and sends the browser on to the provider's end of
    // session: by a page that refreshes to it, since a form's redirect to another site is
    // refused by the pages' `form-action 'self'`.
    let out = other.post("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::OK, "{}", out.text());
    let end = format!("{issuer}/session/end?client_id={CLIENT_ID}");
    let text = out.text();
    assert!(
        text.contains(&format!(
            "<meta http-equiv=\"refresh\" content=\"0;url={end}"
        )),
        "{text}"
    );
    assert!(text.contains(&format!("href=\"{end}")), "{text}");
    assert!(text.contains("id=\"provider-logout\""));
    assert!(!signed_in(&other));
    assert_eq!(other.get("/account").await.status, StatusCode::SEE_OTHER);
    // A password session's logout goes home as before.
    let mut password = Browser::new(&app);
    password.get("/login").await;
    password
        .post(
            "/login",
            &[("email", &email(Role::Admin)), ("password", PASSWORD)],
        )
        .await;
    let out = password.post("/logout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert_eq!(out.location(), "/");
}

#[tokio::test]
async fn an_unknown_person_sees_whom_to_ask_and_gets_no_account() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    for (mail, verified) in [
        ("stranger@example.no", true),
        (email(Role::Admin).as_str(), false),
    ] {
        let mut browser = Browser::new(&app);
        let (state, nonce) = start(&mut browser).await;
        let mut c = claims(&issuer, &nonce, &format!("sub-{mail}"), mail);
        c["email_verified"] = json!(verified);
        served.lock().unwrap().id_token = id_token(&key(KEY_A, "a"), "a", c);
        let back = come_back(&mut browser, &state).await;
        assert_eq!(back.status, StatusCode::FORBIDDEN, "{mail}");
        assert!(back.text().contains("id=\"no-account\""), "{}", back.text());
        assert!(!signed_in(&browser));
    }
    assert!(
        app.store
            .store
            .credentials("stranger@example.no")
            .await
            .unwrap()
            .is_none(),
        "no account is created"
    );
    // An address the provider does not vouch for is not linked to the account either.
    assert_eq!(
        app.store
            .store
            .linked_user("test", &format!("sub-{}", email(Role::Admin)))
            .await
            .unwrap(),
        None
    );
}

#[tokio::test]
async fn a_wrong_or_reused_state_is_400_without_a_session() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    let mut browser = Browser::new(&app);
    let (state, nonce) = start(&mut browser).await;
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(&issuer, &nonce, "subject-1", &email(Role::Admin)),
    );
    // A state this browser did not start.
    assert_eq!(
        come_back(&mut browser, "forged-state").await.status,
        StatusCode::BAD_REQUEST
    );
    // The right state, but from another browser (no cookie binding it).
    let mut elsewhere = Browser::new(&app);
    assert_eq!(
        come_back(&mut elsewhere, &state).await.status,
        StatusCode::BAD_REQUEST
    );
    assert!(!signed_in(&elsewhere));

    // Used once, then refused.
    let cookie = browser.cookies.clone();
    assert_eq!(
        come_back(&mut browser, &state).await.status,
        StatusCode::SEE_OTHER
    );
    let mut replay = Browser::new(&app);
    replay.cookies = cookie
        .into_iter()
        .filter(|(n, _)| n != "frirum_session")
        .collect();
    let again = come_back(&mut replay, &state).await;
    assert_eq!(again.status, StatusCode::BAD_REQUEST);
    assert!(!signed_in(&replay));
}

/// Makes the ID token of one refusal case for the nonce of its sign-in.
type TokenFor<'a> = Box<dyn Fn(&str) -> String + 'a>;

#[tokio::test]
async fn a_token_that_cannot_be_trusted_is_401_and_touches_no_account() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    let cases: Vec<(&str, TokenFor)> = vec![
        (
            "bad signature",
            Box::new(|nonce: &str| {
                id_token(
                    &key(KEY_B, "b"),
                    "a",
                    claims(&issuer, nonce, "s", &email(Role::Admin)),
                )
            }),
        ),
        (
            "wrong audience",
            Box::new(|nonce: &str| {
                let mut c = claims(&issuer, nonce, "s", &email(Role::Admin));
                c["aud"] = json!("somebody-else");
                id_token(&key(KEY_A, "a"), "a", c)
            }),
        ),
        (
            "expired",
            Box::new(|nonce: &str| {
                let mut c = claims(&issuer, nonce, "s", &email(Role::Admin));
                let past = time::OffsetDateTime::now_utc().unix_timestamp() - 3600;
                c["iat"] = json!(past - 300);
                c["exp"] = json!(past);
                id_token(&key(KEY_A, "a"), "a", c)
            }),
        ),
        (
            "wrong nonce",
            Box::new(|_nonce: &str| {
                id_token(
                    &key(KEY_A, "a"),
                    "a",
                    claims(&issuer, "another-nonce", "s", &email(Role::Admin)),
                )
            }),
        ),
        (
            "wrong issuer",
            Box::new(|nonce: &str| {
                id_token(
                    &key(KEY_A, "a"),
                    "a",
                    claims("http://127.0.0.1:1", nonce, "s", &email(Role::Admin)),
                )
            }),
        ),
    ];
    for (why, make) in cases {
        let mut browser = Browser::new(&app);
        let (state, nonce) = start(&mut browser).await;
        served.lock().unwrap().id_token = make(&nonce);
        let back = come_back(&mut browser, &state).await;
        assert_eq!(
            back.status,
            StatusCode::UNAUTHORIZED,
            "{why}: {}",
            back.text()
        );
        assert!(!signed_in(&browser), "{why}");
        assert_eq!(
            app.store.store.linked_user("test", "s").await.unwrap(),
            None,
            "{why}: no identity linked"
        );
    }
}

#[tokio::test]
async fn rotated_keys_are_fetched_again() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    let mut browser = Browser::new(&app);
    // The discovery and key set are fetched (and kept) with key a only.
    let (state, nonce) = start(&mut browser).await;
    // The provider rotates to key b and signs with it.
    {
        let mut s = served.lock().unwrap();
        s.keys = vec![jwk(&key(KEY_A, "a")), jwk(&key(KEY_B, "b"))];
        s.id_token = id_token(
            &key(KEY_B, "b"),
            "b",
            claims(&issuer, &nonce, "subject-2", &email(Role::Admin)),
        );
    }
    let back = come_back(&mut browser, &state).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text());
    assert!(signed_in(&browser));
}

#[tokio::test]
async fn a_provider_that_does_not_answer_leaves_the_password_login() {
    // A port nobody listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let app = app_with(&issuer).await;
    let mut browser = Browser::new(&app);
    let reply = browser.get("/login/oidc/test").await;
    assert_eq!(reply.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(reply.text().contains("does not answer"), "{}", reply.text());
    assert!(!signed_in(&browser));
    // The password login still works.
    browser.get("/login").await;
    let login = browser
        .post(
            "/login",
            &[("email", &email(Role::Admin)), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    assert!(signed_in(&browser));
    // An unknown provider is simply not there.
    assert_eq!(
        browser.get("/login/oidc/nobody").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn a_provider_that_stops_answering_at_the_token_exchange_leaves_no_session() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    let mut browser = Browser::new(&app);
    let (state, nonce) = start(&mut browser).await;
    {
        let mut s = served.lock().unwrap();
        s.id_token = id_token(
            &key(KEY_A, "a"),
            "a",
            claims(&issuer, &nonce, "subject-1", &email(Role::Admin)),
        );
        s.token_fails = true;
    }
    let back = come_back(&mut browser, &state).await;
    assert_eq!(
        back.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        back.text()
    );
    assert!(back.text().contains("does not answer"), "{}", back.text());
    assert!(!signed_in(&browser));
    assert_eq!(
        app.store
            .store
            .linked_user("test", "subject-1")
            .await
            .unwrap(),
        None
    );
    // The password login still works meanwhile.
    browser.get("/login").await;
    let login = browser
        .post(
            "/login",
            &[("email", &email(Role::Admin)), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    assert!(signed_in(&browser));
}

/// The test applicant signs in through the provider: the status and whether a session began.
async fn sign_in_as_applicant(app: &TestApp, served: &Shared, issuer: &str) -> (StatusCode, bool) {
    let mut browser = Browser::new(app);
    let (state, nonce) = start(&mut browser).await;
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(issuer, &nonce, "applicant-sub", &email(Role::Applicant)),
    );
    let reply = come_back(&mut browser, &state).await;
    (reply.status, signed_in(&browser))
}

#[tokio::test]
async fn a_deactivated_person_is_refused() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    let store = &app.store.store;
    let applicant = store
        .credentials(&email(Role::Applicant))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    let admin = store
        .credentials(&email(Role::Admin))
        .await
        .unwrap()
        .unwrap()
        .user
        .id;
    // Linked at the first sign-in.
    assert_eq!(
        sign_in_as_applicant(&app, &served, &issuer).await,
        (StatusCode::SEE_OTHER, true)
    );
    let now = time::OffsetDateTime::now_utc();
    assert!(
        store
            .deactivate_user(applicant, frirum_domain::journal::Actor::user(admin, now))
            .await
            .unwrap()
    );
    // Refused by the linked identity, with no session.
    assert_eq!(
        sign_in_as_applicant(&app, &served, &issuer).await,
        (StatusCode::FORBIDDEN, false)
    );
}

/// An invitation from the secretariat to `address` as `role` (of Aarhus for an applicant),
/// open until `expires_at`: its link's secret.
async fn invite(
    app: &TestApp,
    address: &str,
    role: Role,
    expires_at: time::OffsetDateTime,
) -> String {
    let store = &app.store.store;
    let secretariat = store
        .credentials(&email(Role::Admin))
        .await
        .unwrap()
        .unwrap()
        .user;
    let organisation_id = match role {
        Role::Applicant => Some(
            store
                .organisation(frirum_domain::Country::Dk, "751")
                .await
                .unwrap()
                .unwrap()
                .id,
        ),
        _ => None,
    };
    let secret = format!("invitation-{address}");
    store
        .create_invitation(
            &NewInvitation {
                token_hash: frirum_app::accounts::hash_secret(&secret),
                email: address.to_owned(),
                name: "Karen Kollega".to_owned(),
                role,
                organisation_id,
                language: Some(Language::En),
                expires_at,
            },
            &InvitationMail {
                subject: "Invitation".to_owned(),
                body: format!("/invitations/{secret}"),
            },
            Actor::user(secretariat.id, time::OffsetDateTime::now_utc()),
        )
        .await
        .unwrap();
    secret
}

fn in_a_week() -> time::OffsetDateTime {
    time::OffsetDateTime::now_utc() + time::Duration::days(7)
}

/// Opens the invitation's page and follows its link to the provider: the state and nonce.
async fn start_invitation(browser: &mut Browser<'_>, secret: &str) -> (String, String) {
    let page = browser.get(&format!("/invitations/{secret}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.text());
    let link = format!("/invitations/{secret}/oidc/test");
    assert!(page.text().contains(&link), "the page offers the provider");
    assert!(
        page.text().contains("Sign in with Test-ID"),
        "{}",
        page.text()
    );
    let reply = browser.get(&link).await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.text());
    let location = openidconnect::url::Url::parse(&reply.location()).unwrap();
    let param = |name: &str| {
        location
            .query_pairs()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
            .unwrap()
    };
    assert_eq!(param("code_challenge_method"), "S256");
    (param("state"), param("nonce"))
}

async fn account(app: &TestApp, address: &str) -> Option<frirum_domain::User> {
    app.store
        .store
        .credentials(address)
        .await
        .unwrap()
        .map(|c| c.user)
}

#[tokio::test]
async fn an_invitation_is_accepted_through_the_provider() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    let invited = "karen.kollega@aarhus.example";
    let secret = invite(&app, invited, Role::Applicant, in_a_week()).await;

    let mut karen = Browser::new(&app);
    let (state, nonce) = start_invitation(&mut karen, &secret).await;
    // The provider vouches for the invited address, written its own way.
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(&issuer, &nonce, "karen-sub", "Karen.Kollega@Aarhus.example"),
    );
    let back = come_back(&mut karen, &state).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text());
    assert_eq!(
        back.location(),
        "/",
        "the new person lands on their front page"
    );
    assert!(signed_in(&karen));
    let home = karen.get("/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.text().contains("Karen Kollega"), "{}", home.text());

    // The account is the invitation's, linked to the identity, without a usable password.
    let user = account(&app, invited).await.expect("the account is made");
    assert_eq!(user.role, Role::Applicant);
    assert_eq!(
        user.organisation.as_ref().map(|o| o.code.as_str()),
        Some("751")
    );
    let store = &app.store.store;
    assert_eq!(
        store.linked_user("test", "karen-sub").await.unwrap(),
        Some(user.id)
    );
    let mut password = Browser::new(&app);
    password.get("/login").await;
    let refused = password
        .post("/login", &[("email", invited), ("password", PASSWORD)])
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    // Journaled: accepted through the provider.
    let journal = store
        .journal(CaseKind::Account, user.id, PageRequest::default())
        .await
        .unwrap();
    assert_eq!(journal.items[0].action, "created_by_invitation");
    assert_eq!(journal.items[0].changes["provider"], "test");

    // The link is used up; the same state does not come back either.
    let again = Browser::new(&app)
        .get(&format!("/invitations/{secret}"))
        .await;
    assert_eq!(again.status, StatusCode::GONE);
    let mut replay = Browser::new(&app);
    replay.cookies = karen
        .cookies
        .iter()
        .filter(|(n, _)| n != "frirum_session")
        .cloned()
        .chain([("frirum_oidc_state".to_owned(), state.clone())])
        .collect();
    let replayed = come_back(&mut replay, &state).await;
    assert_eq!(replayed.status, StatusCode::BAD_REQUEST);
    assert!(!signed_in(&replay));

    // Next time the provider alone signs her in.
    let mut later = Browser::new(&app);
    let (state, nonce) = start(&mut later).await;
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(&issuer, &nonce, "karen-sub", invited),
    );
    assert_eq!(
        come_back(&mut later, &state).await.status,
        StatusCode::SEE_OTHER
    );
    assert!(signed_in(&later));
}

#[tokio::test]
async fn another_verified_address_is_refused_and_makes_no_account() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    let invited = "karen.kollega@aarhus.example";
    let secret = invite(&app, invited, Role::Applicant, in_a_week()).await;

    let mut other = Browser::new(&app);
    let (state, nonce) = start_invitation(&mut other, &secret).await;
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(&issuer, &nonce, "ole-sub", "ole@elsewhere.example"),
    );
    let back = come_back(&mut other, &state).await;
    assert_eq!(back.status, StatusCode::FORBIDDEN, "{}", back.text());
    let text = back.text();
    assert!(text.contains("id=\"invitation-refused\""), "{text}");
    assert!(text.contains("ole@elsewhere.example") && text.contains(invited));
    // Whom to ask: the inviter.
    assert!(text.contains(&email(Role::Admin)), "{text}");
    assert!(!signed_in(&other));
    assert!(account(&app, invited).await.is_none());
    assert!(account(&app, "ole@elsewhere.example").await.is_none());
    assert_eq!(
        app.store
            .store
            .linked_user("test", "ole-sub")
            .await
            .unwrap(),
        None
    );
    // The invitation is still open for the person it was sent to.
    assert_eq!(
        Browser::new(&app)
            .get(&format!("/invitations/{secret}"))
            .await
            .status,
        StatusCode::OK
    );

    // A provider that vouches for no address leaves it to the link, as a password does.
    let mut karen = Browser::new(&app);
    let (state, nonce) = start_invitation(&mut karen, &secret).await;
    let mut unverified = claims(&issuer, &nonce, "karen-sub", "typed@elsewhere.example");
    unverified["email_verified"] = json!(false);
    served.lock().unwrap().id_token = id_token(&key(KEY_A, "a"), "a", unverified);
    let back = come_back(&mut karen, &state).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text());
    assert!(signed_in(&karen));
    assert!(account(&app, invited).await.is_some());
}

#[tokio::test]
async fn a_used_or_expired_invitation_is_refused_with_whom_to_ask() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let clock = Arc::new(FixedClock::new(time::OffsetDateTime::now_utc()));
    let app = app_with_config(&issuer, AppConfig::default(), clock.clone()).await;

    // Used by a password in another browser while this one was at the provider.
    let used = invite(&app, "brugt@aarhus.example", Role::Applicant, in_a_week()).await;
    let mut late = Browser::new(&app);
    let (state, nonce) = start_invitation(&mut late, &used).await;
    let mut quick = Browser::new(&app);
    let path = format!("/invitations/{used}");
    quick.get(&path).await;
    let accepted = quick
        .post(
            &path,
            &[
                ("password", "et-langt-kodeord"),
                ("password_again", "et-langt-kodeord"),
            ],
        )
        .await;
    assert_eq!(
        accepted.status,
        StatusCode::SEE_OTHER,
        "{}",
        accepted.text()
    );
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(&issuer, &nonce, "late-sub", "brugt@aarhus.example"),
    );
    let back = come_back(&mut late, &state).await;
    assert_eq!(back.status, StatusCode::GONE, "{}", back.text());
    assert!(back.text().contains(&email(Role::Admin)), "whom to ask");
    assert!(!signed_in(&late));
    assert_eq!(
        app.store
            .store
            .linked_user("test", "late-sub")
            .await
            .unwrap(),
        None
    );
    // A used link does not even send the browser to the provider.
    let mut again = Browser::new(&app);
    let reply = again.get(&format!("/invitations/{used}/oidc/test")).await;
    assert_eq!(reply.status, StatusCode::GONE);
    assert!(!again.cookies.iter().any(|(n, _)| n == "frirum_oidc_state"));

    // Expired while the person was at the provider (five minutes left, six taken).
    let now = time::OffsetDateTime::now_utc();
    let soon = invite(
        &app,
        "sen@aarhus.example",
        Role::Applicant,
        now + time::Duration::minutes(5),
    )
    .await;
    let mut slow = Browser::new(&app);
    let (state, nonce) = start_invitation(&mut slow, &soon).await;
    clock.set(now + time::Duration::minutes(6));
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(&issuer, &nonce, "slow-sub", "sen@aarhus.example"),
    );
    let back = come_back(&mut slow, &state).await;
    assert_eq!(back.status, StatusCode::GONE, "{}", back.text());
    assert!(back.text().contains("expired"), "{}", back.text());
    assert!(!signed_in(&slow));
    assert!(account(&app, "sen@aarhus.example").await.is_none());
    // Unknown links are simply not there, before and after the provider.
    assert_eq!(
        Browser::new(&app)
            .get("/invitations/not-a-link/oidc/test")
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        Browser::new(&app)
            .get(&format!("/invitations/{soon}/oidc/nobody"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn an_identity_linked_to_an_account_makes_no_second_one() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let app = app_with(&issuer).await;
    // The applicant signs in through the provider once: the identity is linked.
    assert_eq!(
        sign_in_as_applicant(&app, &served, &issuer).await,
        (StatusCode::SEE_OTHER, true)
    );
    let secret = invite(&app, "anden@aarhus.example", Role::Applicant, in_a_week()).await;
    let mut browser = Browser::new(&app);
    let (state, nonce) = start_invitation(&mut browser, &secret).await;
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(&issuer, &nonce, "applicant-sub", "anden@aarhus.example"),
    );
    let back = come_back(&mut browser, &state).await;
    assert_eq!(back.status, StatusCode::CONFLICT, "{}", back.text());
    assert!(back.text().contains("id=\"invitation-refused\""));
    assert!(!signed_in(&browser));
    assert!(account(&app, "anden@aarhus.example").await.is_none());
}

#[tokio::test]
async fn accepting_never_skips_a_required_second_factor_of_a_password() {
    let served = provider().await;
    let issuer = served.lock().unwrap().issuer.clone();
    let clock = Arc::new(FixedClock::new(time::OffsetDateTime::now_utc()));
    let config = AppConfig {
        require_second_factor: true,
        ..AppConfig::default()
    };
    let app = app_with_config(&issuer, config, clock).await;

    // An assessor who chooses a password enrols before any session, as at a login.
    let secret = invite(&app, "bedommer2@example.org", Role::Assessor, in_a_week()).await;
    let mut browser = Browser::new(&app);
    let path = format!("/invitations/{secret}");
    browser.get(&path).await;
    let accepted = browser
        .post(
            &path,
            &[
                ("password", "et-langt-kodeord"),
                ("password_again", "et-langt-kodeord"),
            ],
        )
        .await;
    assert_eq!(
        accepted.status,
        StatusCode::SEE_OTHER,
        "{}",
        accepted.text()
    );
    assert_eq!(accepted.location(), "/login/enrol");
    assert!(!signed_in(&browser), "no session before the enrolment");
    let enrol = browser.get("/login/enrol").await;
    assert_eq!(enrol.status, StatusCode::OK, "{}", enrol.text());

    // An assessor who accepts through the provider has no password: the e-ID is the
    // sign-in, every time, and the requirement (of password accounts) does not apply.
    let secret = invite(&app, "bedommer3@example.org", Role::Assessor, in_a_week()).await;
    let mut browser = Browser::new(&app);
    let (state, nonce) = start_invitation(&mut browser, &secret).await;
    served.lock().unwrap().id_token = id_token(
        &key(KEY_A, "a"),
        "a",
        claims(&issuer, &nonce, "assessor-sub", "bedommer3@example.org"),
    );
    let back = come_back(&mut browser, &state).await;
    assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text());
    assert_eq!(back.location(), "/");
    assert!(signed_in(&browser));
}

/// The client's key file for `private_key_jwt`, written where this test alone looks.
fn client_key_file(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("frirum-oidc-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, KEY_B).unwrap();
    path
}

/// Decodes one part of a compact JWT.
fn jwt_part(jwt: &str, index: usize) -> Value {
    let part = jwt.split('.').nth(index).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).unwrap()).unwrap()
}

#[tokio::test]
async fn a_private_key_signs_the_client_assertion_instead_of_a_secret() {
    for audience in [AssertionAudience::TokenEndpoint, AssertionAudience::Issuer] {
        let served = provider().await;
        let issuer = served.lock().unwrap().issuer.clone();
        let mut config = web_config(&issuer);
        let provider_config = &mut config.oidc_providers[0];
        provider_config.client_secret = None;
        provider_config.private_key_file = Some(client_key_file(&format!("{audience:?}.pem")));
        provider_config.private_key_id = Some("client-key-1".to_owned());
        provider_config.assertion_audience = audience;
        provider_config.load_private_key().unwrap();
        let store = match TestStore::postgres().await {
            Some(store) => store,
            None => TestStore::sqlite().await,
        };
        let app = TestApp::with(store, config).await;
        let mut browser = Browser::new(&app);
        let (state, nonce) = start(&mut browser).await;
        served.lock().unwrap().id_token = id_token(
            &key(KEY_A, "a"),
            "a",
            claims(&issuer, &nonce, "subject-jwt", &email(Role::Admin)),
        );
        let back = come_back(&mut browser, &state).await;
        assert_eq!(back.status, StatusCode::SEE_OTHER, "{}", back.text());
        assert!(signed_in(&browser));

        let (authorization, form) = served.lock().unwrap().token_requests[0].clone();
        assert_eq!(authorization, None, "no secret in a Basic header");
        let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        assert_eq!(field("client_secret"), None);
        assert_eq!(field("client_id").as_deref(), Some(CLIENT_ID));
        assert_eq!(
            field("client_assertion_type").as_deref(),
            Some("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
        );
        let assertion = field("client_assertion").expect("an assertion");
        // Signed with the client's key, as the provider checks with its public half.
        let (input, signature) = assertion.rsplit_once('.').unwrap();
        key(KEY_B, "client-key-1")
            .as_verification_key()
            .verify_signature(
                &CoreJwsSigningAlgorithm::RsaSsaPkcs1V15Sha256,
                input.as_bytes(),
                &URL_SAFE_NO_PAD.decode(signature).unwrap(),
            )
            .expect("the assertion verifies with the client's public key");
        let header = jwt_part(&assertion, 0);
        assert_eq!(header["alg"], "RS256");
        assert_eq!(header["kid"], "client-key-1");
        let claims = jwt_part(&assertion, 1);
        assert_eq!(claims["iss"], CLIENT_ID);
        assert_eq!(claims["sub"], CLIENT_ID);
        let expected_audience = match audience {
            AssertionAudience::TokenEndpoint => format!("{issuer}/token"),
            AssertionAudience::Issuer => issuer.clone(),
        };
        assert_eq!(claims["aud"], expected_audience.as_str());
        assert_eq!(
            claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(),
            60
        );
        assert!(claims["jti"].as_str().is_some_and(|j| j.len() >= 16));
    }
}

#[test]
fn a_providers_file_with_a_private_key_is_checked_at_start() {
    let good = client_key_file("good.pem");
    let text = |extra: &str| {
        format!(
            "[[provider]]\nid = \"idporten\"\nname = \"ID-porten\"\n\
             issuer = \"https://idporten.example\"\nclient_id = \"frirum\"\n{extra}"
        )
    };
    let parsed = frirum_web::oidc::parse_providers(&text(&format!(
        "private_key_file = {:?}\nprivate_key_id = \"k1\"\nassertion_audience = \"issuer\"\n",
        good.display().to_string()
    )))
    .unwrap();
    assert!(parsed[0].private_key.is_some());
    assert_eq!(parsed[0].assertion_audience, AssertionAudience::Issuer);
    assert!(!format!("{:?}", parsed[0]).contains("PRIVATE KEY"));

    let both = frirum_web::oidc::parse_providers(&text(&format!(
        "client_secret = \"s\"\nprivate_key_file = {:?}\n",
        good.display().to_string()
    )))
    .unwrap_err();
    assert!(
        both.contains("either client_secret or private_key_file"),
        "{both}"
    );
    let missing =
        frirum_web::oidc::parse_providers(&text("private_key_file = \"/nonexistent/key.pem\"\n"))
            .unwrap_err();
    assert!(missing.contains("/nonexistent/key.pem"), "{missing}");
    let not_a_key = client_key_file("not-a-key.pem");
    std::fs::write(&not_a_key, "hello").unwrap();
    let refused = frirum_web::oidc::parse_providers(&text(&format!(
        "private_key_file = {:?}\n",
        not_a_key.display().to_string()
    )))
    .unwrap_err();
    assert!(refused.contains("not an RSA private key"), "{refused}");
}
