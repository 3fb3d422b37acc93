// A real OpenID Connect provider on loopback for the demo and the browser tests: the
// certified `oidc-provider` package with one client for Frirum (client_secret_basic, the
// demo's callback address), PKCE required, RP-initiated logout, and its development login
// page, where typing an e-mail address (any password) signs in as that person. The people
// are kept in memory: the test colleagues below and any other e-mail address typed (so a
// demo account's address signs in as that account), each with a verified `email` and a
// `name` — as an e-ID broker would vouch for them. Never for production: the keys are
// made afresh at every start.
//
//   FRIRUM_E2E_OIDC_PORT  the provider's port (default 18127)
//   FRIRUM_E2E_PORT       Frirum's port, for the callback and logout addresses (default 18181)
//   FRIRUM_E2E_OIDC_TOML  if set, where to write the providers' file for `--oidc-providers`
const fs = require('node:fs');

const port = process.env.FRIRUM_E2E_OIDC_PORT || '18127';
const frirumPort = process.env.FRIRUM_E2E_PORT || '18181';
const issuer = `http://127.0.0.1:${port}`;
const frirum = `http://127.0.0.1:${frirumPort}`;

// The provider's id in Frirum's configuration (in the callback's address) and its client.
const PROVIDER_ID = 'demo-eid';
const CLIENT_ID = 'frirum-demo';
const CLIENT_SECRET = 'frirum-demo-oidc-secret-not-for-production';

// Test people with names of their own; any other address typed gets one made from it.
const PEOPLE = new Map([
  ['kollega.aarhus@frirum.example', 'Karen Kollega'],
  ['ole.udenfor@frirum.example', 'Ole Udenfor'],
]);

function person(login) {
  const email = String(login || '').trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return undefined;
  const name = PEOPLE.get(email) || email.split('@')[0]
    .split(/[._-]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
  return { sub: `eid-${email}`, email, email_verified: true, name };
}

// The providers' file (`--oidc-providers`) that points Frirum at this provider.
function providersToml(providerIssuer = issuer) {
  return [
    '# Written by e2e/oidc-provider.js: its loopback provider, for --oidc-providers.',
    '[[provider]]',
    `id = "${PROVIDER_ID}"`,
    'name = "Demo e-ID"',
    `issuer = "${providerIssuer}"`,
    `client_id = "${CLIENT_ID}"`,
    `client_secret = "${CLIENT_SECRET}"`,
    'scopes = ["email", "profile"]',
    '',
  ].join('\n');
}

async function main() {
  const { default: Provider } = await import('oidc-provider');
  const provider = new Provider(issuer, {
    clients: [{
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      token_endpoint_auth_method: 'client_secret_basic',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: [`${frirum}/login/oidc/${PROVIDER_ID}/callback`],
      post_logout_redirect_uris: [`${frirum}/`],
    }],
    // The login page's name is the account's id: the person is looked up by it.
    async findAccount(_ctx, id) {
      const found = person(id.replace(/^eid-/, ''));
      if (!found) return undefined;
      return { accountId: id, async claims() { return found; } };
    },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
    },
    // Frirum reads the person from the ID token, as from a national e-ID's.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: true },
      rpInitiatedLogout: { enabled: true },
    },
    // Frirum is the only client: its sign-in needs no separate consent step.
    async loadExistingGrant(ctx) {
      const { client, session } = ctx.oidc;
      const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  });
  // devInteractions takes any login name; one that is no e-mail address signs nobody in.
  provider.on('server_error', (_ctx, err) => console.error('oidc-provider:', err));
  if (process.env.FRIRUM_E2E_OIDC_TOML) {
    fs.writeFileSync(process.env.FRIRUM_E2E_OIDC_TOML, providersToml());
  }
  provider.listen(Number(port), '127.0.0.1', () => {
    console.log(`OpenID Connect provider at ${issuer} (client ${CLIENT_ID}, callback ${frirum})`);
  });
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { providersToml, PROVIDER_ID };
