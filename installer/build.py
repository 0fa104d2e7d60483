"""Build both installers from a PyInstaller folder (dist/svarbox) with tools that run on Linux
and Windows alike: NSIS's ``makensis`` (per-user .exe) and msitools' ``wixl`` (per-machine .msi).

    python installer/build.py --source dist/svarbox --out dist/installers [--fast]
    python installer/build.py --stub --out dist/installers      # a stub folder of the bundle's layout

``--fast`` stores the NSIS payload uncompressed (a validation build). The MSI's
SecureCustomProperties row is completed with msibuild after wixl: wixl's MajorUpgrade writes
that row itself and has no ``Secure`` attribute, so the policy properties are appended (they
must reach the elevated part of a managed install).
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "installer"
POLICY_PROPERTIES = ("ORGNAME", "CASECHANNEL", "TEAMDBURL", "CALENDARCOUNTRY", "CLOSEDDAYS", "RETENTIONDAYS",
                     "ALLOWEDPLATFORMS", "UPDATEFEED", "PACURL")


def version() -> str:
    text = (ROOT / "app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__\s*=\s*"([^"]+)"', text).group(1)


def need(tool: str) -> str:
    path = shutil.which(tool)
    if not path:
        raise SystemExit(f"installer/build.py: {tool} is not installed (Debian: apt-get install nsis msitools wixl)")
    return path


def make_stub(folder: Path) -> Path:
    """The bundle's layout with tiny files: both programs at the top, the rest in _internal."""
    bundle = folder / "svarbox"
    for rel in ("Svarbox.exe", "svarbox-cli.exe", "_internal/base_library.zip",
                "_internal/resources/translations/svarbox_da.qm", "_internal/resources/icons/svarbox.svg"):
        path = bundle / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"MZ stub for installer validation\n")
    return bundle


def run(cmd: list[str], cwd: Path) -> None:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.stderr.write(proc.stdout[-4000:] + proc.stderr[-4000:])
        raise SystemExit(f"installer/build.py: {Path(cmd[0]).name} failed (exit {proc.returncode})")


def build_nsis(source: Path, out: Path, ver: str, fast: bool) -> Path:
    target = out / f"Svarbox-{ver}-user.exe"
    cmd = [need("makensis"), "-V2", "-NOCD", f"-DSOURCE={source}", f"-DVERSION={ver}", f"-DOUTFILE={target}",
           f"-DICON={ROOT / 'resources' / 'icons' / 'svarbox.ico'}"]
    if fast:
        cmd.append("-DFAST")
    run(cmd + [str(HERE / "svarbox.nsi")], cwd=ROOT)
    return target


def build_msi(source: Path, out: Path, ver: str) -> Path:
    target = out / f"Svarbox-{ver}.msi"
    with tempfile.TemporaryDirectory(prefix="svarbox-msi-") as tmp:
        work = Path(tmp)
        # wixl resolves sources relative to its working folder: give it one with short names.
        (work / "bundle").symlink_to(source.resolve(), target_is_directory=True)
        shutil.copy(ROOT / "resources" / "icons" / "svarbox.ico", work / "svarbox.ico")
        files = sorted(p.relative_to(source).as_posix() for p in source.rglob("*") if p.is_file())
        heat = subprocess.run([need("wixl-heat"), "--var", "var.SourceDir", "-p", "bundle/",
                               "--component-group", "SvarboxBundle", "--directory-ref", "INSTALLDIR"],
                              input="".join(f"bundle/{f}\n" for f in files), capture_output=True, text=True,
                              cwd=work, check=True)
        (work / "bundle.wxs").write_text(heat.stdout, encoding="utf-8")
        run([need("wixl"), "-a", "x64", "-D", "SourceDir=bundle", "-D", f"Version={ver}", "-D",
             "IconFile=svarbox.ico", "-o", str(target.resolve()), str(HERE / "svarbox.wxs"), "bundle.wxs"], cwd=work)
    secure = ";".join(("WIX_DOWNGRADE_DETECTED", "WIX_UPGRADE_DETECTED") + POLICY_PROPERTIES)
    run([need("msibuild"), str(target), "-q",
         f"UPDATE `Property` SET `Value` = '{secure}' WHERE `Property` = 'SecureCustomProperties'"], cwd=ROOT)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=ROOT / "dist" / "svarbox")
    parser.add_argument("--stub", action="store_true", help="build from a stub folder of the bundle's layout")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "installers")
    parser.add_argument("--fast", action="store_true", help="NSIS without compression (validation builds)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="svarbox-stub-") as tmp:
        source = make_stub(Path(tmp)) if args.stub else args.source.resolve()
        if not source.is_dir():
            raise SystemExit(f"installer/build.py: {source} does not exist; run `make dist` first")
        ver = version()
        for made in (build_nsis(source, args.out.resolve(), ver, args.fast), build_msi(source, args.out, ver)):
            print(f"built {made} ({made.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
