import type { FastifyInstance } from "fastify";
import { listPagesWithStatus } from "../content/pages.ts";
import { listOutbox, readOutboxEntry } from "../email/mailer.ts";
import { AppError } from "../errors.ts";
import { LOCALE_INFO } from "../i18n/locales.ts";
import { formatDateTime } from "../i18n/messages.ts";
import { listJobs } from "../jobs/queue.ts";
import { can } from "../people/policy.ts";
import { AdminLayout } from "../ui/layout.tsx";
import { StatusBadge } from "../ui/translation-editor.tsx";
import type { Services } from "../web/context.ts";
import { sendPage, viewOf } from "../web/render.ts";
import { listAudit } from "./audit.ts";

/** The dashboard, the outbox, the job queue and the audit log. */
export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  const { config } = services;

  app.get("/admin", { config: { access: "admin.enter" } }, async (req, reply) => {
    const v = viewOf(req, services);
    const own = req.actor?.role === "translator" ? req.actor.locales : config.locales;
    const pages = await listPagesWithStatus(services.db, own);
    const todo = pages.flatMap((p) =>
      own
        .filter((l) => p.statuses[l] === "missing" || p.statuses[l] === "outdated")
        .filter((l) => can(req.actor, "pages.translate", { locale: l }))
        .map((l) => ({ page: p, locale: l, status: p.statuses[l] ?? "missing" })),
    );
    return sendPage(
      reply,
      <AdminLayout v={v} title={v.t("admin.nav.dashboard")}>
        <h1>{v.t("admin.welcome", { name: req.user?.name ?? "" })}</h1>
        <section aria-labelledby="todo-title">
          <h2 id="todo-title">{v.t("admin.translationTodo")}</h2>
          {todo.length === 0 ? (
            <p>{v.t("admin.translationTodoNone")}</p>
          ) : (
            <ul class="todo">
              {todo.slice(0, 50).map(({ page, locale, status }) => (
                <li>
                  <a href={`/admin/pages/${page.id}/${LOCALE_INFO[locale].segment}`}>
                    {page.title} · {LOCALE_INFO[locale].name}
                  </a>{" "}
                  <StatusBadge v={v} status={status} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </AdminLayout>,
    );
  });

  app.get("/admin/outbox", { config: { access: "outbox.read" } }, async (req, reply) => {
    const v = viewOf(req, services);
    const mails = await listOutbox(config.dataDir);
    return sendPage(
      reply,
      <AdminLayout v={v} title={v.t("outbox.title")}>
        <h1>{v.t("outbox.title")}</h1>
        <p>{services.mailer.kind === "outbox" ? v.t("outbox.intro") : v.t("outbox.smtp")}</p>
        {mails.length === 0 ? (
          <p>{v.t("outbox.empty")}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{v.t("outbox.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{v.t("outbox.sentAt")}</th>
                  <th scope="col">{v.t("outbox.to")}</th>
                  <th scope="col">{v.t("outbox.subject")}</th>
                </tr>
              </thead>
              <tbody>
                {mails.map((m) => (
                  <tr>
                    <td>{formatDateTime(v.locale, m.sentAt)}</td>
                    <td>{m.to}</td>
                    <th scope="row">
                      <a href={`/admin/outbox/${m.id}`}>{m.subject}</a>
                    </th>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AdminLayout>,
    );
  });

  app.get<{ Params: { id: string } }>("/admin/outbox/:id", { config: { access: "outbox.read" } }, async (req, reply) => {
    const mail = await readOutboxEntry(config.dataDir, req.params.id);
    if (!mail) throw new AppError("NOT_FOUND");
    const v = viewOf(req, services);
    return sendPage(
      reply,
      <AdminLayout v={v} title={mail.subject}>
        <h1>{mail.subject}</h1>
        <dl class="facts">
          <dt>{v.t("outbox.to")}</dt>
          <dd>{mail.to}</dd>
          <dt>{v.t("outbox.sentAt")}</dt>
          <dd>{formatDateTime(v.locale, mail.sentAt)}</dd>
          <dt>{v.t("outbox.language")}</dt>
          <dd>{mail.locale}</dd>
        </dl>
        <pre class="mail" lang={mail.locale}>
          {mail.text}
        </pre>
        <p>
          <a href="/admin/outbox">{v.t("outbox.back")}</a>
        </p>
      </AdminLayout>,
    );
  });

  app.get("/admin/jobs", { config: { access: "jobs.read" } }, async (req, reply) => {
    const v = viewOf(req, services);
    const jobs = await listJobs(services.db);
    return sendPage(
      reply,
      <AdminLayout v={v} title={v.t("jobs.title")}>
        <h1>{v.t("jobs.title")}</h1>
        {jobs.length === 0 ? (
          <p>{v.t("jobs.empty")}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">{v.t("jobs.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{v.t("jobs.name")}</th>
                  <th scope="col">{v.t("jobs.status")}</th>
                  <th scope="col">{v.t("jobs.runAt")}</th>
                  <th scope="col">{v.t("jobs.attempts")}</th>
                  <th scope="col">{v.t("jobs.lastError")}</th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((j) => (
                  <tr>
                    <th scope="row">{j.name}</th>
                    <td>{j.status}</td>
                    <td>{formatDateTime(v.locale, j.run_at)}</td>
                    <td>
                      {j.attempts} / {j.max_attempts}
                    </td>
                    <td>{j.last_error ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </AdminLayout>,
    );
  });

  app.get("/admin/audit", { config: { access: "audit.read" } }, async (req, reply) => {
    const v = viewOf(req, services);
    const entries = await listAudit(services);
    return sendPage(
      reply,
      <AdminLayout v={v} title={v.t("audit.title")}>
        <h1>{v.t("audit.title")}</h1>
        <div class="table-scroll">
          <table>
            <caption class="visually-hidden">{v.t("audit.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{v.t("audit.at")}</th>
                <th scope="col">{v.t("audit.actor")}</th>
                <th scope="col">{v.t("audit.action")}</th>
                <th scope="col">{v.t("audit.subject")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr>
                  <td>{formatDateTime(v.locale, e.at)}</td>
                  <td>{e.actor_name ?? "—"}</td>
                  <th scope="row">
                    <code>{e.action}</code>
                  </th>
                  <td>
                    {e.subject_type} {e.detail ? `(${e.detail})` : ""}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </AdminLayout>,
    );
  });
}
