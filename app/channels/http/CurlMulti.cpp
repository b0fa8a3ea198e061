#include "channels/http/CurlMulti.h"

#include "channels/http/CurlLibrary.h"
#include "channels/http/CurlTransfer.h"

#include <QMutexLocker>

#include <pthread.h>

namespace Herald {

namespace {
// Every webhook of a channel may live on one host (all Slack webhooks do): the dispatcher's own
// limit of sends in flight per channel is the limit meant to hold, not a per-host one.
constexpr long connectionsPerHost = 64;
constexpr int idlePollMs = 1000;
} // namespace

CurlMulti::CurlMulti(Refusal refusal, Ready ready) : m_refusal(std::move(refusal)), m_ready(std::move(ready))
{
    CurlLibrary::initialise();
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, connectionsPerHost);
    // libcurl sizes its cache of idle connections by the transfers in the multi at the time; as
    // finished transfers leave it, it would close connections that the next wave needs again.
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, connectionsPerHost);
    m_thread = std::thread(&CurlMulti::run, this);
}

CurlMulti::~CurlMulti()
{
    m_stopping = true;
    curl_multi_wakeup(m_multi);
    m_thread.join();
    for (const auto& transfer : m_running)
        curl_multi_remove_handle(m_multi, transfer->handle());
    for (const auto& transfer : m_running)
        curl_easy_cleanup(transfer->handle());
    m_running.clear();
    for (CURL* handle : m_idleHandles)
        curl_easy_cleanup(handle);
    curl_multi_cleanup(m_multi);
}

void CurlMulti::submit(quint64 id, HttpRequest request)
{
    {
        QMutexLocker lock(&m_mutex);
        m_submitted.emplace_back(id, std::move(request));
    }
    // One wake-up for a burst of submissions, not one each.
    if (!m_wakePending.exchange(true))
        curl_multi_wakeup(m_multi);
}

std::vector<std::pair<quint64, HttpAnswer>> CurlMulti::takeAnswers()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_answers, {});
}

void CurlMulti::run()
{
    pthread_setname_np(pthread_self(), "herald-http"); // for people reading top or a profile
    while (!m_stopping) {
        m_wakePending = false;
        admitSubmitted();
        int running = 0;
        curl_multi_perform(m_multi, &running);
        collectFinished();
        curl_multi_poll(m_multi, nullptr, 0, idlePollMs, nullptr);
    }
}

void CurlMulti::admitSubmitted()
{
    std::vector<std::pair<quint64, HttpRequest>> submitted;
    {
        QMutexLocker lock(&m_mutex);
        submitted.swap(m_submitted);
    }
    for (auto& [id, request] : submitted) {
        CURL* handle = nullptr;
        if (m_idleHandles.empty()) {
            handle = curl_easy_init();
        } else {
            handle = m_idleHandles.back();
            m_idleHandles.pop_back();
        }
        m_running.push_back(std::make_unique<CurlTransfer>(handle, id, std::move(request), m_refusal));
        curl_multi_add_handle(m_multi, handle);
    }
}

void CurlMulti::collectFinished()
{
    std::vector<std::pair<quint64, HttpAnswer>> finished;
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL* handle = message->easy_handle;
        const CURLcode code = message->data.result;
        const auto it = std::find_if(m_running.begin(), m_running.end(),
                                     [&](const auto& transfer) { return transfer->handle() == handle; });
        curl_multi_remove_handle(m_multi, handle);
        if (it == m_running.end())
            continue;
        finished.emplace_back((*it)->id(), (*it)->answer(code));
        m_running.erase(it);
        curl_easy_reset(handle);
        m_idleHandles.push_back(handle);
    }
    if (finished.empty())
        return;
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_mutex);
        wasEmpty = m_answers.empty();
        for (auto& answer : finished)
            m_answers.push_back(std::move(answer));
    }
    if (wasEmpty)
        m_ready();
}

} // namespace Herald
