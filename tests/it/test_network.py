"""Requests go the way the organisation's network demands: through the proxy the PAC file
names (a real CONNECT proxy on 127.0.0.1), verified by the OS certificate store (truststore;
on Linux that store is OpenSSL's, which SSL_CERT_FILE points at a throwaway root here), and a
failure names the proxy or the certificate problem."""
from __future__ import annotations

import pytest

from app.connectors import http, netconfig
from app.connectors.base import Offline
from tests.it.nettools import ConnectProxy, PacServer, TLSServer, make_ca

PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy",
              "NO_PROXY", "no_proxy", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_DIR")


@pytest.fixture(autouse=True)
def clean_network(monkeypatch, tmp_path):
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    # An empty store stands in for "this computer does not know the organisation's root".
    empty = tmp_path / "empty-store.pem"
    empty.write_text("")
    monkeypatch.setenv("SSL_CERT_FILE", str(empty))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    monkeypatch.delenv(netconfig.PAC_ENV, raising=False)
    netconfig.reset()
    yield
    netconfig.reset()


@pytest.fixture
def tls(tmp_path):
    root, cert, key = make_ca(tmp_path)
    server = TLSServer(cert, key)
    yield root, server
    server.close()


def trust(monkeypatch, root):
    """Put the organisation's root into the OS store (OpenSSL's store file on Linux)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(root))


def test_without_the_root_the_connection_fails_and_the_message_names_the_certificate(tls):
    _root, server = tls
    with pytest.raises(Offline) as caught:
        http.send(http.make_session(), "GET", server.url)
    message = caught.value.args[0]
    assert "certificate of localhost is not trusted" in message
    assert "certificate verify failed" in message or "unable to get local issuer certificate" in message
    assert "root certificate" in message


def test_with_the_root_in_the_os_store_the_connection_works(tls, monkeypatch):
    root, server = tls
    trust(monkeypatch, root)
    response = http.send(http.make_session(), "GET", server.url)
    assert response.status_code == 200 and response.json() == {"ok": True}


def test_the_pac_file_sends_requests_through_the_proxy_and_tls_verifies_inside_the_tunnel(tls, monkeypatch):
    root, server = tls
    trust(monkeypatch, root)
    proxy = ConnectProxy()
    pac = PacServer('function FindProxyForURL(url, host) {'
                    f' if (host == "localhost") return "PROXY 127.0.0.1:{proxy.port}";'
                    ' return "DIRECT"; }')
    try:
        monkeypatch.setenv(netconfig.PAC_ENV, pac.url)
        response = http.send(http.make_session(), "GET", server.url)
        assert response.json() == {"ok": True}
        assert proxy.targets == [f"CONNECT localhost:{server.port}"]
        assert netconfig.proxy_status().pac_url == pac.url
        assert netconfig.proxy_in_use(server.url) == f"http://127.0.0.1:{proxy.port}"
        # DIRECT for other hosts: 127.0.0.1 is not sent to the proxy
        assert netconfig.proxy_in_use(f"https://127.0.0.1:{server.port}/") == ""
    finally:
        proxy.close()
        pac.close()


@pytest.mark.parametrize("refuse, words", [(407, "asks for a sign-in"), (403, "refused the connection")])
def test_a_refusing_proxy_is_named_in_the_message(tls, monkeypatch, refuse, words):
    root, server = tls
    trust(monkeypatch, root)
    proxy = ConnectProxy(refuse=refuse)
    try:
        monkeypatch.setenv("HTTPS_PROXY", f"http://svc-user:hemmelig@127.0.0.1:{proxy.port}")
        with pytest.raises(Offline) as caught:
            http.send(http.make_session(), "GET", server.url)
        message = caught.value.args[0]
        assert f"proxy http://127.0.0.1:{proxy.port}" in message and words in message
        assert "hemmelig" not in message and "svc-user" not in message   # no proxy password in words
        assert proxy.targets == [f"CONNECT localhost:{server.port}"]
    finally:
        proxy.close()


def test_an_unreachable_proxy_is_named(tls, monkeypatch):
    _root, server = tls
    proxy = ConnectProxy()
    port = proxy.port
    proxy.close()                      # nothing listens there any more
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{port}")
    with pytest.raises(Offline, match=f"through the proxy http://127.0.0.1:{port}: it could not be reached"):
        http.send(http.make_session(), "GET", server.url)


def test_a_broken_pac_file_is_reported_and_requests_go_direct(tls, monkeypatch):
    root, server = tls
    trust(monkeypatch, root)
    pac = PacServer("this is not javascript {")
    try:
        monkeypatch.setenv(netconfig.PAC_ENV, pac.url)
        response = http.send(http.make_session(), "GET", server.url)
        assert response.status_code == 200
        assert "cannot be used" in netconfig.proxy_status().problem
        assert pac.url in netconfig.proxy_status().problem
    finally:
        pac.close()
