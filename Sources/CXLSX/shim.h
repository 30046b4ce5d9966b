// libxlsxwriter (Debian libxlsxwriter-dev, BSD-2): writes .xlsx workbooks.
#include <xlsxwriter.h>
