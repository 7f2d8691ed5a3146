import type { FastifyInstance } from "fastify";
import { can, type Permission } from "../access/policy.ts";
import { listAudit } from "../audit/audit.ts";
import { listOutbox, readOutboxEntry } from "../email/mailer.ts";
import { AppError } from "../errors.ts";
import { formatDateTime } from "../i18n/messages.ts";
import { listJobs } from "../jobs/queue.ts";
import { AdminLayout } from "../ui/layout.tsx";
import type { Services } from "../web/context.ts";
import { sendPage, viewOf } from "../web/render.ts";
import { listTranslationTodo, type TodoKind } from "./translation-todo.ts";
import { TranslationTodo } from "./translation-todo-view.tsx";

/** The permission that lets a person work on each kind of open text. */
const TODO_PERMISSIONS: Record<TodoKind, Permission> = {
  page: "pages.translate",
  post: "posts.translate",
  event: "events.translate",
  "event-texts": "events.translate",
  resource: "library.translate",
  catalogue: "catalogue.translate",
};

/** The dashboard, the outbox, the job queue and the audit log. */
export function registerAdminRoutes(app: FastifyInstance, services: Services): void {
  const { config } = services;

  app.get("/admin", { config: { access: "admin.enter" } }, async (req, reply) => {
    const v = viewOf(req, services);
    const own = req.actor?.role === "translator" ? req.actor.locales : config.locales;
    const todo = (await listTranslationTodo(services.db, own, config, req.locale)).filter((i) =>
      can(req.actor, TODO_PERMISSIONS[i.kind], { locale: i.locale }),
    );
    return sendPage(
      reply,
      <AdminLayout v={v} title={v.t("admin.nav.dashboard")}>
        <h1>{v.t("admin.welcome", { name: req.user?.name ?? "" })}</h1>
        <TranslationTodo v={v} items={todo} />
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
