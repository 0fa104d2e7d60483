; Svarbox per-user installer: no administrator rights, installs into the user's own
; %LOCALAPPDATA%\Programs\Svarbox, a Start menu entry, an entry under "Installed apps"
; (HKCU uninstall key) and, if chosen, autostart minimised to the notification area.
;
; Build (Windows or Linux, NSIS 3):
;   makensis -DSOURCE=<dist\svarbox folder> -DVERSION=0.1.0 -DOUTFILE=<Svarbox-0.1.0-user.exe> installer\svarbox.nsi
; Silent install:   Svarbox-0.1.0-user.exe /S [/AUTOSTART=1] [/D=<folder>]
; Silent uninstall: "%LOCALAPPDATA%\Programs\Svarbox\Uninstall.exe" /S
; User data (%LOCALAPPDATA%\Svarbox: the database, settings, logs) is never removed by the
; uninstaller: it may hold unsent replies; docs/it.md says how to remove it deliberately.

Unicode true
!ifdef FAST
  SetCompress off   ; CI's validation build: the script and the layout matter, not the size
!else
  SetCompressor /SOLID lzma
!endif

!ifndef SOURCE
  !error "Pass -DSOURCE=<the PyInstaller folder dist\svarbox>"
!endif
!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "Svarbox-${VERSION}-user.exe"
!endif

!define APP "Svarbox"
!define EXE "Svarbox.exe"
!define PUBLISHER "Svarbox"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Svarbox"
!define RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user          ; per user: never asks for administrator rights
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
ShowInstDetails nevershow
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} per-user installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "EUPL-1.2"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Danish"
!insertmacro MUI_LANGUAGE "Swedish"
!insertmacro MUI_LANGUAGE "English"

LangString DESC_AUTOSTART ${LANG_DANISH} "Start Svarbox i meddelelsesområdet, når du logger på"
LangString DESC_AUTOSTART ${LANG_SWEDISH} "Starta Svarbox i meddelandefältet när du loggar in"
LangString DESC_AUTOSTART ${LANG_ENGLISH} "Start Svarbox in the notification area when you sign in"
LangString NAME_AUTOSTART ${LANG_DANISH} "Start ved logon"
LangString NAME_AUTOSTART ${LANG_SWEDISH} "Starta vid inloggning"
LangString NAME_AUTOSTART ${LANG_ENGLISH} "Start at sign-in"

Section "!${APP}" SecApp
  SectionIn RO
  SetShellVarContext current      ; the user's own Start menu, not All Users
  SetOutPath "$INSTDIR"
  ; An update replaces the program files; the user's data lives elsewhere (%LOCALAPPDATA%\Svarbox).
  RMDir /r "$INSTDIR\_internal"
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

; Unticked by default; /AUTOSTART=1 ticks it in a silent install.
Section /o "$(NAME_AUTOSTART)" SecAutostart
  WriteRegStr HKCU "${RUN_KEY}" "${APP}" '"$INSTDIR\${EXE}" --minimized'
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAutostart} "$(DESC_AUTOSTART)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AUTOSTART=" $R1
  ${IfNot} ${Errors}
  ${AndIf} $R1 == "1"
    SectionSetFlags ${SecAutostart} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  ; A running Svarbox keeps its files open: ask it to close first (it keeps unsent replies).
  Delete "$SMPROGRAMS\${APP}.lnk"
  DeleteRegValue HKCU "${RUN_KEY}" "${APP}"
  DeleteRegKey HKCU "${UNINST_KEY}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\svarbox-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
