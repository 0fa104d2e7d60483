"""Both installers build on Linux from a folder of the bundle's layout and pass the checks CI
runs (installer/check.py over msiinfo's view of the MSI and the NSIS program's manifest); the
checks say no to what is wrong; the MSI's policy values read back through app.policy."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ("makensis", "wixl", "wixl-heat", "msiinfo", "msibuild")
pytestmark = pytest.mark.skipif(
    not all(shutil.which(t) for t in TOOLS) and not os.environ.get("SVARBOX_REQUIRE_INSTALLER_TOOLS"),
    reason="needs nsis, msitools and wixl (Debian packages; .ci/run installs them)")
sys.path.insert(0, str(ROOT / "installer"))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("installers")
    proc = subprocess.run([sys.executable, "installer/build.py", "--stub", "--fast", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return out


def test_the_built_installers_pass_the_ci_checks(built):
    proc = subprocess.run([sys.executable, "installer/check.py", str(built)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "installers ok" in proc.stdout


def test_the_msi_writes_every_policy_property_to_the_policies_key(built):
    import check
    from build import POLICY_PROPERTIES

    msi = next(built.glob("*.msi"))
    rows = {row[4]: row for row in check.msi_table(msi, "Registry")}
    assert {f"[{p}]" for p in POLICY_PROPERTIES} <= set(rows)
    assert rows["[RETENTIONDAYS]"][1:4] == ["2", r"Software\Policies\Svarbox", "retention.days"]
    props = {row[0]: row[1] for row in check.msi_table(msi, "Property")}
    assert props["ALLUSERS"] == "1" and "RETENTIONDAYS" in props["SecureCustomProperties"]


def test_what_the_msi_writes_is_what_svarbox_reads():
    # A silent install given some properties: the others are written empty ("not configured").
    from app import policy
    pol = policy.from_registry_values({"org.name": "Viborg Kommune", "retention.days": "30",
                                       "platforms.allowed": "facebook,instagram", "calendar.closed_days": "",
                                       "database.url": "", "update.feed_url": ""})
    assert pol.values == {"org.name": "Viborg Kommune", "retention.days": 30,
                          "platforms.allowed": ["facebook", "instagram"]}
    assert pol.problems == [] and pol.is_locked("retention.days")


def test_the_checks_refuse_a_wrong_file_count_and_a_program_that_is_no_installer(built, tmp_path):
    import check

    msi = next(built.glob("*.msi"))
    folder = tmp_path / "bundle"
    (folder / "_internal").mkdir(parents=True)
    (folder / "Svarbox.exe").write_bytes(b"MZ")
    problems = check.check_msi(msi, folder)
    assert any("MSI holds 5 files, the bundle 1" in p for p in problems)
    fake = tmp_path / "fake.exe"
    fake.write_bytes(b"MZ" + b"\0" * 100)
    assert len(check.check_nsis(fake)) == 2
