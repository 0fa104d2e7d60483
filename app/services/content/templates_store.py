"""The team's template library and signature overrides, kept in the database.

The shipped default packs (resources/templates) are loaded into an empty library once; after
that the library is the team's own: edited in the window, shared as JSON.
"""
from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app import clock
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.models.db import rowcount
from app.services.content.signatures import signature_for
from app.services.content.templates import CATEGORIES, Template, default_templates
from app.services.inbound import items as item_service


def ensure_defaults(session: Session) -> int:
    """Fill an empty library with the shipped templates. Returns how many were added."""
    if session.scalar(select(t.Template.id).limit(1)) is not None:
        return 0
    added = 0
    for tpl in default_templates():
        session.add(t.Template(name=tpl.name, category=tpl.category, language=tpl.language, body=tpl.body))
        added += 1
    return added


def _plain(row: t.Template) -> Template:
    return Template(row.name, row.category, row.language, row.body)


def templates_for(session: Session, language: str | None = None) -> list[Template]:
    ensure_defaults(session)
    query = select(t.Template).order_by(t.Template.language, t.Template.category, t.Template.name)
    if language:
        query = query.where(t.Template.language == language)
    return [_plain(row) for row in session.scalars(query)]


def save_template(session: Session, template: Template, actor: str, *, old_name: str | None = None) -> None:
    if not template.name.strip() or not template.body.strip():
        raise UsageError(translate("Templates", "A template needs a name and a text."))
    if template.category not in CATEGORIES:
        raise UsageError(translate("Templates", "Unknown template category: {category}").format(
            category=template.category))
    row = session.scalar(select(t.Template).where(t.Template.name == (old_name or template.name),
                                                  t.Template.language == template.language))
    if row is None:
        row = t.Template(name=template.name, category=template.category, language=template.language,
                         body=template.body)
        session.add(row)
    else:
        row.name, row.category, row.body = template.name, template.category, template.body
        row.updated_at = clock.now()
    item_service.audit(session, actor, "template_saved", name=template.name, language=template.language)


def delete_template(session: Session, name: str, language: str, actor: str) -> None:
    removed = rowcount(session.execute(delete(t.Template).where(t.Template.name == name,
                                                       t.Template.language == language)))
    if not removed:
        raise NotFoundError(translate("Templates", "There is no template {name} ({language}).").format(
            name=name, language=language))
    item_service.audit(session, actor, "template_deleted", name=name, language=language)


def import_templates(session: Session, templates: list[Template], actor: str) -> tuple[int, int]:
    """Add new templates and update same-name ones. Returns (added, updated)."""
    added = updated = 0
    for tpl in templates:
        row = session.scalar(select(t.Template).where(t.Template.name == tpl.name,
                                                      t.Template.language == tpl.language))
        if row is None:
            session.add(t.Template(name=tpl.name, category=tpl.category, language=tpl.language, body=tpl.body))
            added += 1
        elif (row.category, row.body) != (tpl.category, tpl.body):
            row.category, row.body = tpl.category, tpl.body
            updated += 1
    item_service.audit(session, actor, "templates_imported", added=added, updated=updated)
    return added, updated


# --- signatures ----------------------------------------------------------------------------

def override_form(session: Session, scope: str, owner: int | str) -> str | None:
    return session.scalar(select(t.Signature.form).where(t.Signature.scope == scope,
                                                         t.Signature.owner == str(owner)))


def set_override(session: Session, scope: str, owner: int | str, form: str | None) -> None:
    row = session.scalar(select(t.Signature).where(t.Signature.scope == scope, t.Signature.owner == str(owner)))
    if not form:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(t.Signature(scope=scope, owner=str(owner), form=form))
    else:
        row.form = form


def signature_for_account(session: Session, account_id: int, my_name: str,
                          personal_form: str | None) -> str:
    """The signature appended to a reply on this account: account override, else institution
    override, else the person's own form."""
    account = session.get(t.Account, account_id)
    if account is None:   # removed meanwhile: no overrides apply
        return signature_for(my_name, personal_form=personal_form)
    institution = session.get(t.Institution, account.institution_id) if account.institution_id else None
    return signature_for(
        my_name, personal_form=personal_form,
        account_form=override_form(session, "account", account.id),
        institution_form=override_form(session, "institution", institution.id) if institution else None,
        institution=institution.name if institution else None, account_name=account.name)
