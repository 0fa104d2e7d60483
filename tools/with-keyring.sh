#!/usr/bin/env bash
# Run a command with an unlocked GNOME keyring (Secret Service) on a private D-Bus session,
# so the keychain tests use a real keyring backend. Called by `make test` under dbus-run-session.
set -u
export SVARBOX_KEYRING_HOME="$(mktemp -d)"
# The keyring lives in a throwaway home; the tests' own HOME stays as it is for everything else.
HOME="$SVARBOX_KEYRING_HOME" bash -c 'echo -n svarbox-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1' || true
export SVARBOX_SECRET_SERVICE=1
exec "$@"
