import { LOCALE_INFO } from "../i18n/locales.ts";
import type { MessageKey } from "../i18n/messages.ts";
import { StatusBadge } from "../ui/translation-editor.tsx";
import type { View } from "../web/context.ts";
import { countTodo, TODO_KINDS, type TodoItem, type TodoKind } from "./translation-todo.ts";

const KIND_LABELS: Record<TodoKind, MessageKey> = {
  page: "todo.kind.page",
  post: "todo.kind.post",
  event: "todo.kind.event",
  "event-texts": "todo.kind.eventTexts",
  resource: "todo.kind.resource",
  catalogue: "todo.kind.catalogue",
};

/** How many to list at most; the counts cover everything. */
const SHOWN = 100;

/** The translator's to-do list on the dashboard: counts by kind of content, then each open text with a link to its editor. */
export function TranslationTodo({ v, items }: { v: View; items: readonly TodoItem[] }) {
  const counts = countTodo(items);
  return (
    <section aria-labelledby="todo-title">
      <h2 id="todo-title">{v.t("admin.translationTodo")}</h2>
      {items.length === 0 ? (
        <p>{v.t("todo.none")}</p>
      ) : (
        <>
          <table class="todo-counts">
            <caption class="visually-hidden">{v.t("todo.countsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{v.t("todo.kindColumn")}</th>
                <th scope="col">{v.t("todo.countColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {TODO_KINDS.map((kind) => (
                <tr data-kind={kind}>
                  <th scope="row">{v.t(KIND_LABELS[kind])}</th>
                  <td>{counts[kind]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul class="todo">
            {items.slice(0, SHOWN).map((item) => (
              <li data-kind={item.kind}>
                <a href={item.href}>
                  {v.t(KIND_LABELS[item.kind])}: {item.title} · {LOCALE_INFO[item.locale].name}
                </a>{" "}
                {item.count === undefined ? null : v.t("todo.fieldCount", { count: item.count })} <StatusBadge v={v} status={item.status} />
              </li>
            ))}
          </ul>
          {items.length > SHOWN ? <p>{v.t("todo.more", { count: items.length - SHOWN })}</p> : null}
        </>
      )}
    </section>
  );
}
