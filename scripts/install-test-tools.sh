#!/usr/bin/env bash
# System tools for the resume-reading tests, run by .ci/run before the README's test command:
#   libreoffice-writer-nogui  soffice --headless turns real resumes into DOCX files at test time (packages/ats/src/docx)
#   tesseract-ocr-eng         eng.traineddata, the local language data of the optional OCR tests (never downloaded)
#   poppler-utils             pdftoppm, which rasterises a real resume page to build a scanned (image-only) PDF in a test
# Installs with apt where it can (as root, or with sudo that asks no password); where it cannot, it says so and exits 0:
# those tests are then skipped with a printed reason. Measured on a fresh Debian 12 machine: about 1-2 min (see the note).
missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-eng)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
  { as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 "${missing[@]}"; } >/dev/null 2>&1 \
    || echo "ci: could not install ${missing[*]} with apt; the LibreOffice DOCX and OCR tests will be skipped" >&2
fi
exit 0
