"""controllers: see tools/regroup.py for what lives here."""
