import { localePath } from "../../i18n/locales.ts";
import { Csrf } from "../../ui/forms.tsx";
import { SiteLayout } from "../../ui/layout.tsx";
import type { View } from "../../web/context.ts";

/** The page behind the link mailed to a registrant's new address: a button, since opening a link must change nothing. */
export function ConfirmAddressView({ v, token }: { v: View; token: string }) {
  const title = v.t("site.address.title");
  return (
    <SiteLayout v={v} title={title}>
      <div class="registration narrow-wide">
        <h1>{title}</h1>
        <form method="post" action={localePath(v.locale, "/confirm-address")} class="confirm">
          <Csrf v={v} />
          <input type="hidden" name="t" value={token} />
          <p>{v.t("site.address.intro")}</p>
          <p class="actions">
            <button type="submit">{v.t("site.address.confirm")}</button>
          </p>
        </form>
      </div>
    </SiteLayout>
  );
}

/** After confirming: the same page whether the address was taken or not, and on a second use. */
export function AddressConfirmedView({ v }: { v: View }) {
  const title = v.t("site.address.doneTitle");
  return (
    <SiteLayout v={v} title={title}>
      <div class="registration narrow-wide">
        <h1>{title}</h1>
        <p class="notice" role="status">
          {v.t("site.address.done")}
        </p>
      </div>
    </SiteLayout>
  );
}
