"""Roles per institution or account, and PostgreSQL row-level security on the team database.

Revision ID: 0003_rls_roles
Revises: 0003_memory
Create Date: 2026-12-06

Both stores get the ``institution_roles`` table and ``audit_events.login``. Only PostgreSQL
gets the rest (SQLite stays single-user): the group role ``svarbox_team`` every colleague's
login belongs to, helper functions, policies and the indexes they use. The SQL lives in
``app.models.rls`` so the tests and ``docs/team.md`` read the same text the migration runs.
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_rls_roles"
down_revision = "0003_memory"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "institution_roles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("institution_id", sa.Integer(), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("granted_by", sa.String(length=200), nullable=True),
        sa.Column("granted_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("(institution_id IS NULL) <> (account_id IS NULL)", name="ck_role_scope"),
        sa.CheckConstraint("role IN ('reader', 'communicator', 'publisher', 'administrator')",
                           name="ck_role_name"),
        sa.ForeignKeyConstraint(["institution_id"], ["institutions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["account_id"], ["accounts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("uq_role_login_institution", "institution_roles", ["login", "institution_id"],
                    unique=True, sqlite_where=sa.text("account_id IS NULL"),
                    postgresql_where=sa.text("account_id IS NULL"))
    op.create_index("uq_role_login_account", "institution_roles", ["login", "account_id"],
                    unique=True, sqlite_where=sa.text("institution_id IS NULL"),
                    postgresql_where=sa.text("institution_id IS NULL"))
    op.create_index("ix_role_institution", "institution_roles", ["institution_id"])
    op.create_index("ix_role_account", "institution_roles", ["account_id"])
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("login", sa.String(length=63), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from app.models import rls
        rls.run(bind, rls.upgrade_statements(bind))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from app.models import rls
        rls.run(bind, rls.downgrade_statements(bind))
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("login")
    op.drop_index("ix_role_account", table_name="institution_roles")
    op.drop_index("ix_role_institution", table_name="institution_roles")
    op.drop_index("uq_role_login_account", table_name="institution_roles")
    op.drop_index("uq_role_login_institution", table_name="institution_roles")
    op.drop_table("institution_roles")
