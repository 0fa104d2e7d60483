"""Topics in the window (issue 21.3): the view's items grouped by what they are about, one
topic opened to see its items, answered with one template (the best fitting offered first)
and closed in one bulk action through the action door."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select as sql_select

from app import clock as app_clock
from app.models import tables as t
from app.services.outbound import outbox

ROADWORKS = ["Hvorfor er Søndergade spærret i dag?", "Hvornår åbner Søndergade igen for biler?",
             "Der er kø på Søndergade, hvad sker der?", "Skal bussen stadig køre ad Søndergade?",
             "Kan man cykle på Søndergade under vejarbejdet?"]
NAMES = ["Karen Ølgaard", "Per Madsen", "Sofie Lund", "Jonas Kragh", "Hanne Berg"]


def _roadworks(ws):
    now = app_clock.now()
    from tests.factories import make_item
    with ws.db.session() as s:
        accounts = s.scalars(sql_select(t.Account).where(t.Account.language == "da",
                                                         t.Account.platform == "facebook")).all()
        return [make_item(s, accounts[n % len(accounts)], now - timedelta(minutes=10 + n), text=text,
                          author_name=NAMES[n]).id for n, text in enumerate(ROADWORKS)]


def _open_topic(window, idle, label):
    topics = window.bulk.show_topics()
    idle(window)
    labels = [x.label for x in topics.topics]
    assert label in labels, labels
    topics.topic_list.setCurrentRow(labels.index(label))
    idle(window)
    return topics


def test_a_topic_opens_to_its_items_and_closes_in_one_bulk_action(ws, make_window, idle):
    ids = _roadworks(ws)
    window = make_window()
    topics = _open_topic(window, idle, "Søndergade")
    assert topics.topics[0].label == "Søndergade"               # the largest group first
    assert topics.topic_list.item(0).text() == "5 about Søndergade"
    assert topics.heading.text() == "Topics in “All open”"
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in topics.findChildren(QWidget)
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(topics)
               and not w.accessibleName().strip()]
    assert unnamed == []                                         # every control has a name
    from app.ui.accessibility import unnamed_controls
    assert unnamed_controls(topics) == []
    shown = [topics.items.topLevelItem(n).text(2) for n in range(topics.items.topLevelItemCount())]
    assert sorted(shown) == sorted(ROADWORKS)
    # Double-click (or "Show in the inbox"): the main window shows that item.
    topics.items.setCurrentItem(topics.items.topLevelItem(1))
    topics.show_button.click()
    idle(window)
    assert window.item_list.current_id() == topics.rows[1].id
    asked = []
    window.confirm = lambda title, text: asked.append(text) or True
    topics.close_button.click()
    idle(window)
    assert asked == ["Mark 5 items as “no reply needed”?"]
    with ws.db.session() as s:
        assert {s.get(t.Item, i).status for i in ids} == {t.STATUS_NO_REPLY}
    assert "5 of 5 done" in topics.status.text()
    assert "Søndergade" not in [x.label for x in topics.topics]   # regrouped: the topic is closed
    assert not set(ids) & set(window.model.ids)


def test_a_topic_is_answered_with_the_best_fitting_template(ws, make_window, idle):
    ids = _roadworks(ws)
    with ws.db.session() as s:
        s.add(t.Template(name="Vejarbejde Søndergade", category="answer", language="da",
                         body="Hej {author_first_name}. Søndergade er spærret for biler på grund af "
                              "vejarbejde indtil fredag. Bussen kører omkring ad Nørregade."))
    window = make_window()
    topics = _open_topic(window, idle, "Søndergade")
    assert topics.templates[0].name == "Vejarbejde Søndergade"    # fits the topic best
    assert 1 <= topics.suggested <= 3
    assert topics.template_box.itemText(0).startswith("Suggested: ")
    assert not topics.template_box.itemText(3).startswith("Suggested: ")
    declined = []
    window.confirm = lambda title, text: declined.append(text) and False
    topics.answer_button.click()
    idle(window)
    with ws.db.session() as s:
        assert all(outbox.actions_for_item(s, i) == [] for i in ids)     # "no": nothing sent
    window.confirm = lambda title, text: True
    topics.template_box.setCurrentIndex(0)
    topics.answer_button.click()
    idle(window)
    with ws.db.session() as s:
        for item_id, name in zip(ids, NAMES):
            [reply] = [a for a in outbox.actions_for_item(s, item_id) if a.action == "reply"]
            assert reply.text.startswith(f"Hej {name.split()[0]}. Søndergade er spærret")
            assert reply.text.rstrip().endswith("Mette Jensen") or "Mette" in reply.text
            assert s.get(t.Item, item_id).status != t.STATUS_NEW
    assert "5 of 5 done" in topics.status.text()


def test_a_view_without_shared_subjects_says_so(ws, make_window, idle):
    window = make_window()
    window.navigator.select_view("failed")
    idle(window)
    topics = window.bulk.show_topics()
    idle(window)
    assert topics.topics == [] and topics.topic_list.count() == 0
    assert topics.status.text().startswith("No topics here")
    assert not topics.close_button.isEnabled() and not topics.answer_button.isEnabled()
