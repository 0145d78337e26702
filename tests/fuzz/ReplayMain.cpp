// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target over the files of its corpus, without libFuzzer: in ctest, with any compiler, every input
// the fuzzers kept (and every crash they found, once fixed) is a regression test.
#include "FuzzSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo path(QString::fromLocal8Bit(argv[i]));
        if (!path.isDir()) {
            files << path.filePath();
            continue;
        }
        for (const QFileInfo& file : QDir(path.filePath()).entryInfoList(QDir::Files, QDir::Name))
            files << file.filePath();
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "No corpus files given.\n");
        return 1;
    }
    QElapsedTimer slowest;
    qint64 slowestTime = -1;
    QString slowestFile;
    for (const QString& name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "Cannot read %s\n", qPrintable(name));
            return 1;
        }
        const QByteArray data = file.readAll();
        slowest.start();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(data.constData()), std::size_t(data.size()));
        if (slowest.elapsed() > slowestTime) {
            slowestTime = slowest.elapsed();
            slowestFile = name;
        }
    }
    std::printf("%lld inputs; the slowest, %s, took %lld ms\n", qlonglong(files.size()), qPrintable(slowestFile),
                slowestTime);
    return 0;
}
