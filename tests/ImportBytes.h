// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ContactFields.h"
#include "io/ContactImport.h"
#include "io/CsvReader.h"

#include <QBuffer>

namespace kontor::test {

/// Imports `bytes` as a contacts CSV, as the window does: the format detected, the columns mapped by the header with
/// the best preset unless `options` maps them.
inline Result<ImportReport> importBytes(const QSqlDatabase& db, const QByteArray& bytes, ImportOptions options = {},
                                        const ProgressCallback& progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.format = CsvReader::detect(bytes.left(65536));
    if (options.mapping.isEmpty()) {
        CsvReader reader(&buffer, options.format);
        CsvRecord header;
        reader.next(header);
        options.mapping =
            ContactFields::map(header.fields, ContactFields::bestPreset(header.fields, ContactFields::presets(db)));
        buffer.seek(0);
    }
    return ContactImport(db).run(&buffer, options, progress);
}

} // namespace kontor::test
