"""Platform -> connector class, imported lazily by name.

Lazy so that importing the registry never pulls in every platform module (or fails because
one of them is broken): a class is imported when it is first asked for. Connector classes
declare ``platform``, ``capabilities`` and ``reply_limit`` as class attributes, so
``capabilities_of`` works without a token or an instance.
"""
from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Protocol

from app.connectors.base import Capability, Connector, ConnectorConfig, Platform

if TYPE_CHECKING:   # importing the registry alone must not pull in requests
    import requests

CONNECTOR_PATHS: dict[Platform, str] = {
    Platform.FACEBOOK: "app.connectors.facebook:FacebookConnector",
    Platform.INSTAGRAM: "app.connectors.instagram:InstagramConnector",
    Platform.X: "app.connectors.x:XConnector",
    Platform.LINKEDIN: "app.connectors.linkedin:LinkedInConnector",
    Platform.YOUTUBE: "app.connectors.youtube:YouTubeConnector",
    Platform.BLUESKY: "app.connectors.bluesky:BlueskyConnector",
    Platform.MASTODON: "app.connectors.mastodon:MastodonConnector",
    Platform.DEMO: "app.connectors.demo:DemoConnector",
}


class ConnectorClass(Protocol):
    """What the registry knows of a connector class without an instance."""
    platform: Platform
    capabilities: frozenset[Capability]
    reply_limit: int

    def __call__(self, config: ConnectorConfig, *, session: requests.Session | None = None) -> Connector: ...


def _load(path: str) -> ConnectorClass:
    module_name, _, class_name = path.partition(":")
    cls: ConnectorClass = getattr(importlib.import_module(module_name), class_name)
    return cls


class _LazyConnectors(Mapping[Platform, ConnectorClass]):
    """A read-only ``dict[Platform, type]`` that imports each class on first access."""

    def __init__(self, paths: dict[Platform, str]) -> None:
        self._paths = paths
        self._loaded: dict[Platform, ConnectorClass] = {}

    def __getitem__(self, platform: Platform | str) -> ConnectorClass:
        platform = Platform(platform)
        if platform not in self._loaded:
            self._loaded[platform] = _load(self._paths[platform])
        return self._loaded[platform]

    def __contains__(self, platform: object) -> bool:
        try:
            return Platform(platform) in self._paths
        except ValueError:
            return False

    def __iter__(self) -> Iterator[Platform]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


CONNECTORS: Mapping[Platform, ConnectorClass] = _LazyConnectors(CONNECTOR_PATHS)


def connector_class(platform: Platform | str) -> ConnectorClass:
    """The class for a platform (or its string value); ValueError for an unknown platform."""
    try:
        return CONNECTORS[Platform(platform)]
    except KeyError:
        raise ValueError(f"No connector is registered for {platform!r}.") from None


def create_connector(platform: Platform | str, config: ConnectorConfig,
                     session: "requests.Session | None" = None) -> Connector:
    return connector_class(platform)(config, session=session)


def capabilities_of(platform: Platform | str) -> frozenset[Capability]:
    return connector_class(platform).capabilities


def reply_limit_of(platform: Platform | str) -> int:
    return connector_class(platform).reply_limit
