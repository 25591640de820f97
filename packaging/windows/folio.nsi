; The Windows installer: folio.exe in Program Files, a Start-menu entry, "Open with" for
; .ron portfolios, an uninstaller and its entry in Settings > Apps. Built by
; packaging/build.sh with Debian's makensis (or NSIS on Windows, in release.yml):
;   makensis [-DAMD64] -DVERSION=0.1.0 -DEXE=path\to\folio.exe -DICON=path\to\folio.ico -DOUT=out.exe folio.nsi
!ifdef AMD64
  ; A 64-bit installer (Debian's NSIS has the amd64 stubs), like folio itself; it also runs
  ; under a 64-bit-only Wine, which the smoke test uses.
  Target amd64-unicode
!else
  Unicode true
!endif
SetCompressor /SOLID lzma

!include "MUI2.nsh"

Name "folio"
OutFile "${OUT}"
InstallDir "$PROGRAMFILES64\folio"
InstallDirRegKey HKLM "Software\folio" "InstallDir"
RequestExecutionLevel admin
BrandingText "folio ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\folio.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Start folio"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "folio"
VIAddVersionKey "FileDescription" "folio installer"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "LegalCopyright" "MIT OR Apache-2.0"

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\folio"

Section "folio" SecMain
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File "/oname=folio.exe" "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\folio.lnk" "$INSTDIR\folio.exe" "" "$INSTDIR\folio.exe" 0

  ; "Open with folio" for .ron files, without taking them from another program.
  WriteRegStr HKLM "Software\Classes\folio.portfolio" "" "folio portfolio"
  WriteRegStr HKLM "Software\Classes\folio.portfolio\DefaultIcon" "" "$INSTDIR\folio.exe,0"
  WriteRegStr HKLM "Software\Classes\folio.portfolio\shell\open\command" "" '"$INSTDIR\folio.exe" "%1"'
  WriteRegStr HKLM "Software\Classes\.ron\OpenWithProgids" "folio.portfolio" ""

  WriteRegStr HKLM "Software\folio" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "folio"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "folio"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\folio.exe,0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\folio.lnk"
  Delete "$INSTDIR\folio.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegValue HKLM "Software\Classes\.ron\OpenWithProgids" "folio.portfolio"
  DeleteRegKey HKLM "Software\Classes\folio.portfolio"
  DeleteRegKey HKLM "Software\folio"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
