"""Issue 16 point 11: every action an item can offer in the window has a CLI verb, so a trainer
or a script can do what the window does. A new action without a verb fails here."""
from app.cli import build_parser
from app.services.outbound import actions

# Where the verb's name is not the action's (the rest: the action with "-" for "_").
VERB_OF = {"holding_reply": ("reply", "--holding"), "report": ("report-post", None)}


def _subparsers():
    parser = build_parser()
    return next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction").choices


def test_every_item_action_has_a_verb():
    verbs = _subparsers()
    missing = []
    for action in actions.ALL_ACTIONS:
        verb, flag = VERB_OF.get(action, (action.replace("_", "-"), None))
        if verb not in verbs:
            missing.append(action)
        elif flag is not None:
            assert flag in verbs[verb]._option_string_actions, (action, flag)
    assert missing == []


def test_spam_has_one_ban_flag_for_every_platform():
    spam = _subparsers()["spam"]
    flags = {s for a in spam._actions for s in a.option_strings}
    assert "--ban" in flags and not {f for f in flags if "ban" in f} - {"--ban"}
