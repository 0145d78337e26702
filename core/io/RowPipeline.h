// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/ContactRowParser.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace kontor {

/// Where a contact import's rows come from: a CSV file or a list of vCards.
struct RowSource
{
    std::function<bool(const ContactRowParser&, ParsedRow&, qint64& line)> next;
    std::function<qint64()> done;
    qint64 total = 0;
    /// About how many rows it holds.
    qint64 estimatedRows = 0;
    /// Why the source could not be read to its end; then nothing is imported.
    std::function<QString()> error = [] { return QString(); };
};

/// Reads and checks the rows (CSV, names, libphonenumber: a third of an import's time, and no database in it) on a
/// second thread while the calling one writes them, a few hundred rows ahead. The source and the parser are used by
/// that thread alone until the pipeline is gone; the rows arrive in the file's order.
class RowPipeline
{
public:
    RowPipeline(const ContactRowParser& parser, const RowSource& source);
    ~RowPipeline();
    RowPipeline(const RowPipeline&) = delete;
    RowPipeline& operator=(const RowPipeline&) = delete;

    /// The next row, its line and how much of the source was read by then; false at the end.
    bool next(ParsedRow& row, qint64& line, qint64& done);

private:
    struct Batch
    {
        std::vector<std::pair<ParsedRow, qint64>> rows;
        qint64 done = 0;
    };
    static constexpr size_t batchRows = 256;
    static constexpr size_t batchesAhead = 8;

    void read(const ContactRowParser& parser, const RowSource& source);

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_ready;
    bool m_stop = false;
    bool m_finished = false;
    Batch m_batch;
    size_t m_at = 0;
    // Last: it starts reading as soon as it is made, so everything above must exist by then.
    std::thread m_reader;
};

} // namespace kontor
