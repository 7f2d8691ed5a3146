import type { EmailTemplate } from "../email/templates.ts";

export const invitationEmail: EmailTemplate = {
  name: "people.invitation",
  render: (t, v, site) => ({
    subject: t("email.invitation.subject", { site: site.name }),
    paragraphs: [
      t("email.invitation.body", { inviter: v.inviter ?? "", site: site.name, role: v.role ?? "" }),
      t("email.invitation.expiry"),
    ],
    action: { label: t("email.invitation.action"), url: v.url ?? "" },
  }),
};

export const passwordResetEmail: EmailTemplate = {
  name: "people.password-reset",
  render: (t, v, site) => ({
    subject: t("email.reset.subject", { site: site.name }),
    paragraphs: [t("email.reset.body", { site: site.name }), t("email.reset.ignore")],
    action: { label: t("email.reset.action"), url: v.url ?? "" },
  }),
};

export const PEOPLE_EMAILS = [invitationEmail, passwordResetEmail];
