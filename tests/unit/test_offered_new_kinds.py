"""What the new inbox items offer: what their platform's API can do to them, no more."""
from dataclasses import dataclass

from app.services.outbound.actions import offered


@dataclass
class Facts:
    platform: str
    kind: str
    status: str = "new"
    is_hidden: bool = False
    can_reply: bool = True


def test_recommendation_can_be_answered_not_hidden_or_deleted():
    got = offered(Facts("facebook", "review"))
    assert "reply" in got and not got & {"hide", "delete", "private_reply"}
    assert {"hide", "delete"} <= offered(Facts("facebook", "comment"))


def test_instagram_tag_is_read_only_on_the_platform():
    got = offered(Facts("instagram", "mention", can_reply=False))
    assert not got & {"reply", "hide", "delete", "private_reply"} and "no_reply" in got


def test_instagram_direct_message_is_answered_in_the_conversation():
    got = offered(Facts("instagram", "message"))
    assert "reply" in got and not got & {"hide", "delete", "private_reply"}
