#!/usr/bin/env python3
"""A real SMTP server for Herald's email tests (aiosmtpd), on 127.0.0.1 at a free port.

Prints "PORT <n>" once listening. Every message it accepts is written to OUTDIR/<n>.eml and
every DATA attempt (accepted or not) is appended to OUTDIR/log.jsonl with the envelope, the
Message-ID, the TLS version in use and the authenticated user.

Recipients whose local part asks for it get the answers a real server gives:
  nosuchuser@...  RCPT: 550 5.1.1 No such user
  busy@...        RCPT: 451 4.3.2 every time
  greylist@...    DATA: 451 4.7.1 the first time a Message-ID is seen, then accepted
"""
import argparse
import asyncio
import email.parser
import email.policy
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0
        self.seen = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        local = address.split("@", 1)[0].lower()
        if local == "nosuchuser":
            return "550 5.1.1 <%s>: No such user here" % address
        if local == "busy":
            return "451 4.3.2 System busy, try again later"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or envelope.content
        headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(content)
        message_id = (headers.get("Message-ID") or "").strip()
        ssl_object = server.transport.get_extra_info("ssl_object")
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "message_id": message_id,
            "tls": ssl_object.version() if ssl_object else None,
            "auth_user": getattr(session, "herald_user", None),
            "auth_mechanism": getattr(session, "herald_mechanism", None),
        }
        greylisted = any(r.split("@", 1)[0].lower() == "greylist" for r in envelope.rcpt_tos)
        if greylisted and message_id not in self.seen:
            self.seen.add(message_id)
            record["reply"] = 451
            self.log(record)
            return "451 4.7.1 Greylisted, please try again later"
        self.count += 1
        name = "%05d.eml" % self.count
        with open(os.path.join(self.outdir, name + ".tmp"), "wb") as f:
            f.write(content)
        os.replace(os.path.join(self.outdir, name + ".tmp"), os.path.join(self.outdir, name))
        record["reply"] = 250
        record["file"] = name
        # A second opinion on the MIME structure, from Python's own parser (not KMime).
        parsed = email.parser.BytesParser(policy=email.policy.default).parsebytes(content)
        record["parsed"] = {
            "content_type": parsed.get_content_type(),
            "subject": str(parsed["subject"]),
            "parts": [{"content_type": part.get_content_type(), "charset": part.get_content_charset(),
                       "text": part.get_content()} for part in parsed.iter_parts()],
            "defects": len(parsed.defects) + sum(len(p.defects) for p in parsed.iter_parts()),
        }
        self.log(record)
        return "250 2.0.0 OK queued as herald-test-%d" % self.count

    def log(self, record):
        with open(os.path.join(self.outdir, "log.jsonl"), "a") as f:
            f.write(json.dumps(record) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["starttls", "tls", "plain"], default="plain")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--mechanisms", default="PLAIN,LOGIN", help="AUTH mechanisms offered")
    parser.add_argument("--outdir", required=True)
    args = parser.parse_args()

    context = None
    if args.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == args.user
              and auth_data.password.decode() == args.password)
        if ok:
            session.herald_user = args.user
            session.herald_mechanism = mechanism
        return AuthResult(success=ok, handled=False)

    offered = set(m.strip().upper() for m in args.mechanisms.split(","))
    handler = Handler(args.outdir)

    def factory():
        return SMTP(
            handler,
            hostname="smtp.test",
            decode_data=False,
            tls_context=context if args.mode == "starttls" else None,
            require_starttls=args.mode == "starttls",
            authenticator=authenticator if args.user else None,
            auth_required=bool(args.user),
            # With implicit TLS the whole connection is encrypted; aiosmtpd only knows STARTTLS.
            auth_require_tls=args.mode == "starttls",
            auth_exclude_mechanism=[m for m in ("PLAIN", "LOGIN") if m not in offered],
        )

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(
        loop.create_server(factory, "127.0.0.1", 0, ssl=context if args.mode == "tls" else None))
    print("PORT %d" % server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
