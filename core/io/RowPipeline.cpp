// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowPipeline.h"

#include <tuple>

namespace kontor {

RowPipeline::RowPipeline(const ContactRowParser& parser, const RowSource& source)
    : m_reader([this, &parser, &source] { read(parser, source); })
{
}

RowPipeline::~RowPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_reader.join();
}

bool RowPipeline::next(ParsedRow& row, qint64& line, qint64& done)
{
    if (m_at == m_batch.rows.size()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return false;
        m_batch = std::move(m_ready.front());
        m_ready.pop_front();
        m_at = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    std::tie(row, line) = std::move(m_batch.rows[m_at++]);
    done = m_batch.done;
    return true;
}

void RowPipeline::read(const ContactRowParser& parser, const RowSource& source)
{
    bool more = true;
    while (more) {
        Batch batch;
        batch.rows.reserve(batchRows);
        ParsedRow row;
        qint64 line = 0;
        while (batch.rows.size() < batchRows && (more = source.next(parser, row, line)))
            batch.rows.emplace_back(std::move(row), line);
        batch.done = source.done();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.size() < batchesAhead || m_stop; });
        if (m_stop)
            break;
        if (!batch.rows.empty())
            m_ready.push_back(std::move(batch));
        lock.unlock();
        m_changed.notify_all();
    }
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

} // namespace kontor
