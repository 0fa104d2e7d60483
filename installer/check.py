"""Validate the built installers on Linux (CI) without installing them.

    python installer/check.py dist/installers [--source dist/svarbox]

MSI (msitools' ``msiinfo``): the tables an installation needs; per-machine (ALLUSERS=1); name,
version and the fixed UpgradeCode; every policy property secure and written to
HKLM\\Software\\Policies\\Svarbox under a key Svarbox declares; the Start menu shortcut; a File
row for every file of the bundle. NSIS: a Windows program carrying NSIS's signature that asks
for no administrator rights (manifest level asInvoker). Exit 0 when all holds, else 1 with one
line per problem.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "installer"))

from build import POLICY_PROPERTIES, version  # noqa: E402

UPGRADE_CODE = "{6E2B1C9A-3F4D-4E8B-9A51-2C7D0F5B8E13}"
REQUIRED_TABLES = {"File", "Component", "Directory", "Feature", "FeatureComponents", "Registry", "Shortcut",
                   "Property", "Upgrade", "Media", "Icon", "InstallExecuteSequence"}
POLICY_KEY = r"Software\Policies\Svarbox"


def msi_table(msi: Path, table: str) -> list[list[str]]:
    out = subprocess.run(["msiinfo", "export", str(msi), table], capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()[3:] if line]   # names, types, key row first


def check_msi(msi: Path, source: Path | None) -> list[str]:
    from app.config import SETTINGS_BY_KEY

    problems = []
    tables = set(subprocess.run(["msiinfo", "tables", str(msi)], capture_output=True, text=True,
                                check=True).stdout.split())
    missing = REQUIRED_TABLES - tables
    if missing:
        problems.append(f"MSI lacks tables: {', '.join(sorted(missing))}")
    props = {row[0]: row[1] for row in msi_table(msi, "Property")}
    for key, want in (("ALLUSERS", "1"), ("ProductName", "Svarbox"), ("Manufacturer", "Svarbox"),
                      ("ProductVersion", version()), ("UpgradeCode", UPGRADE_CODE)):
        if props.get(key) != want:
            problems.append(f"MSI property {key} is {props.get(key)!r}, expected {want!r}")
    secure = set(props.get("SecureCustomProperties", "").split(";"))
    for prop in POLICY_PROPERTIES:
        if prop not in secure:
            problems.append(f"MSI property {prop} is not in SecureCustomProperties")
        if prop in props:
            problems.append(f"MSI property {prop} has a default ({props[prop]!r}); policy must be unset unless given")
    written = {row[4]: row for row in msi_table(msi, "Registry")}
    for prop in POLICY_PROPERTIES:
        row = written.get(f"[{prop}]")
        if row is None:
            problems.append(f"MSI writes no registry value from {prop}")
            continue
        _id, root, key, name = row[:4]
        if root != "2" or key != POLICY_KEY:
            problems.append(f"MSI writes {prop} to root {root} {key}, expected HKLM\\{POLICY_KEY}")
        if name not in SETTINGS_BY_KEY:
            problems.append(f"MSI writes {prop} as {name!r}, which is no Svarbox setting")
    shortcuts = msi_table(msi, "Shortcut")
    if not any(row[4] == "[INSTALLDIR]Svarbox.exe" for row in shortcuts):
        problems.append("MSI has no Start menu shortcut to [INSTALLDIR]Svarbox.exe")
    dirs = {row[0]: row for row in msi_table(msi, "Directory")}
    if dirs.get("INSTALLDIR", [None, None])[1] != "ProgramFiles64Folder":
        problems.append("MSI does not install into Program Files")
    if source is not None:
        files = [p for p in source.rglob("*") if p.is_file()]
        rows = msi_table(msi, "File")
        if len(rows) != len(files):
            problems.append(f"MSI holds {len(rows)} files, the bundle {len(files)}")
    return problems


def check_nsis(exe: Path) -> list[str]:
    data = exe.read_bytes()
    problems = []
    if not data.startswith(b"MZ"):
        problems.append(f"{exe.name} is not a Windows program")
    if b"NullsoftInst" not in data:
        problems.append(f"{exe.name} carries no NSIS installer data")
    if not re.search(rb'requestedExecutionLevel\s+level="asInvoker"', data):
        problems.append(f"{exe.name} does not run without administrator rights (no asInvoker manifest)")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validate Svarbox's installers")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--source", type=Path, help="the bundle folder the installers were built from")
    args = parser.parse_args(argv)
    ver = version()
    msi, exe = args.folder / f"Svarbox-{ver}.msi", args.folder / f"Svarbox-{ver}-user.exe"
    problems = []
    for path in (msi, exe):
        if not path.is_file():
            problems.append(f"{path} was not built")
    if not problems:
        problems = check_msi(msi, args.source) + check_nsis(exe)
    for line in problems:
        print(f"installer check: {line}", file=sys.stderr)
    if not problems:
        print(f"installers ok: {msi.name}, {exe.name}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
