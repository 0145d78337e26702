// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace kontor {

namespace {

constexpr QFile::Permissions ownerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions ownerFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

} // namespace

bool makePrivateFolder(const QString& path)
{
    // Made from the outermost missing one inwards, each with its permissions as it is made (QDir::mkpath would make
    // them as the umask says).
    QStringList missing;
    QString folder = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    while (!QFileInfo::exists(folder)) {
        missing.prepend(folder);
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            return false;
        folder = parent;
    }
    if (!QFileInfo(folder).isDir())
        return false;
    for (const QString& each : missing) {
        if (!QDir().mkdir(each, ownerFolder))
            return false;
    }
    return true;
}

bool createPrivateFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile);
}

bool makePrivate(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    return QFile::setPermissions(path, info.isDir() ? ownerFolder : ownerFile);
}

} // namespace kontor
