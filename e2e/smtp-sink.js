// An SMTP sink for the browser tests: accepts every mail on 127.0.0.1 (SMTP, no TLS, no
// authentication) and serves what it received as JSON at GET /messages on a second port,
// so that a test can check that Frirum's e-mails arrived. DELETE /messages forgets them.
// Ports: FRIRUM_E2E_SMTP_PORT (default 18125) and FRIRUM_E2E_SINK_PORT (default 18126).
const http = require('node:http');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const smtpPort = Number(process.env.FRIRUM_E2E_SMTP_PORT || 18125);
const httpPort = Number(process.env.FRIRUM_E2E_SINK_PORT || 18126);
let messages = [];

const smtp = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: mail.subject || '',
          text: mail.text || '',
          date: mail.date ? mail.date.toISOString() : null,
        });
        callback();
      })
      .catch((err) => callback(err));
  },
});
smtp.on('error', (err) => console.error('smtp sink:', err.message));
smtp.listen(smtpPort, '127.0.0.1', () => console.log(`SMTP sink on 127.0.0.1:${smtpPort}`));

const server = http.createServer((req, res) => {
  if (req.url === '/messages' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(messages));
  } else if (req.url === '/messages' && req.method === 'DELETE') {
    messages = [];
    res.writeHead(204);
    res.end();
  } else {
    res.writeHead(404);
    res.end();
  }
});
server.listen(httpPort, '127.0.0.1', () => console.log(`SMTP sink messages at http://127.0.0.1:${httpPort}/messages`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Open connections may keep the SMTP server from closing; the sink keeps nothing.
    setTimeout(() => process.exit(0), 500).unref();
    smtp.close(() => server.close(() => process.exit(0)));
  });
}
