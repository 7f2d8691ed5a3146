import type { EmailTemplate } from "../../email/templates.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import { ADDRESS_CHANGE_MAIL } from "./address-change.ts";
import { OCCURRENCE_CANCELLED_MAIL } from "./cancellation.ts";
import { STATUS_MAILS, type StatusMail } from "./status-mails.ts";

/**
 * The mails of registration, one per change of status, in the registrant's language. Each names
 * the event and its time in the event's zone with the UTC offset, links the private page where the
 * person can change or cancel, and carries the .ics when they hold a seat.
 */
function statusEmail(kind: StatusMail): EmailTemplate {
  return {
    name: `event.${kind}`,
    render: (t, v) => {
      const paragraphs = [
        t(`events.mail.${kind}.body` as MessageKey, { name: v.name ?? "", event: v.event ?? "" }),
        t("events.mail.when", { when: v.when ?? "" }),
      ];
      if (v.joinUrl) paragraphs.push(t("events.mail.join", { url: v.joinUrl }));
      if (v.manageUrl) paragraphs.push(t("events.mail.manage"));
      else paragraphs.push(t("events.mail.page", { url: v.eventUrl ?? "" }));
      return {
        subject: t(`events.mail.${kind}.subject` as MessageKey, { event: v.event ?? "" }),
        paragraphs,
        ...(v.manageUrl ? { action: { label: t("events.mail.manageAction"), url: v.manageUrl } } : {}),
      };
    },
  };
}

/** The organiser's own message to the registrants of an occurrence. */
const organiserMessage: EmailTemplate = {
  name: "event.message",
  render: (_t, v) => ({ subject: v.subject ?? "", paragraphs: (v.body ?? "").split(/\n{2,}/) }),
};

/** To someone who held a seat at an occurrence the organisers cancelled; the attached .ics removes it. */
const occurrenceCancelled: EmailTemplate = {
  name: OCCURRENCE_CANCELLED_MAIL,
  render: (t, v) => ({
    subject: t("events.mail.occurrenceCancelled.subject", { event: v.event ?? "" }),
    paragraphs: [
      t("events.mail.occurrenceCancelled.body", { name: v.name ?? "", event: v.event ?? "" }),
      t("events.mail.when", { when: v.when ?? "" }),
      t("events.mail.page", { url: v.eventUrl ?? "" }),
    ],
  }),
};

/** To a registrant's new address: the link that confirms it; until it is opened the registration keeps its address. */
const addressChange: EmailTemplate = {
  name: ADDRESS_CHANGE_MAIL,
  render: (t, v) => ({
    subject: t("events.mail.address.subject", { event: v.event ?? "" }),
    paragraphs: [
      t("events.mail.address.body", { name: v.name ?? "", event: v.event ?? "" }),
      t("events.mail.when", { when: v.when ?? "" }),
      t("events.mail.address.ignore"),
    ],
    action: { label: t("events.mail.address.action"), url: v.confirmUrl ?? "" },
  }),
};

export const EVENT_EMAILS: EmailTemplate[] = [...STATUS_MAILS.map(statusEmail), organiserMessage, occurrenceCancelled, addressChange];
