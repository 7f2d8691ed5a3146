import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, isFieldError } from "../../errors.ts";
import { csrfFromQuery, receiveFileForm, sendStoredFile } from "../../files/index.ts";

import { pickText } from "../../i18n/content.ts";
import type { MessageKey } from "../../i18n/messages.ts";
import type { Services } from "../../web/context.ts";
import { type FieldErrors, formValues } from "../../web/forms.ts";
import { seeOther, sendPage, viewOf } from "../../web/render.ts";
import { eventHeader } from "../registration/admin-routes.tsx";
import { ConfirmView, type EventHeader } from "../registration/admin-views.tsx";
import { localizedFrom, MaterialsView, type UploadErrors } from "../registration/materials-admin-views.tsx";
import { listSessions } from "../sessions.ts";
import {
  createMaterial,
  deleteMaterial,
  deleteMaterialFile,
  listMaterials,
  MATERIAL_MAX_BYTES,
  materialFileFor,
  materialFilePath,
  saveMaterialFile,
} from "./materials.ts";

/** Notices after an action, from ?done=…. */
const DONE: Record<string, MessageKey> = {
  materialAdded: "regAdmin.done.materialAdded",
  materialDeleted: "regAdmin.done.materialDeleted",
  fileSaved: "regAdmin.done.fileSaved",
  fileDeleted: "regAdmin.done.fileDeleted",
};

type IdParams = { id: string };
type MaterialParams = { id: string; materialId: string };
type FileParams = { id: string; materialId: string; fileId: string };

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** An event's materials for its organisers: add one, upload a file per language, download, delete. */
export function registerMaterialAdminRoutes(app: FastifyInstance, services: Services): void {
  const { config, db } = services;
  const headerFor = (req: FastifyRequest, id: string) => eventHeader(services, req, id);

  async function renderMaterials(
    req: FastifyRequest,
    reply: FastifyReply,
    header: EventHeader,
    options: { values?: Record<string, string>; errors?: FieldErrors; upload?: UploadErrors } = {},
  ) {
    const [materials, sessions] = await Promise.all([listMaterials(db, header.event.id), listSessions(db, header.event.id)]);
    const hasErrors = options.errors !== undefined || options.upload !== undefined;
    return sendPage(
      reply,
      <MaterialsView
        v={viewOf(req, services, { notices: DONE })}
        header={header}
        materials={materials}
        sessions={sessions}
        values={options.values ?? {}}
        errors={options.errors}
        upload={options.upload}
      />,
      hasErrors ? 422 : 200,
    );
  }

  app.get<{ Params: IdParams }>("/admin/events/:id/materials", { config: { access: "events.manage" } }, async (req, reply) => {
    return renderMaterials(req, reply, await headerFor(req, req.params.id));
  });

  app.post<{ Params: IdParams }>("/admin/events/:id/materials", { config: { access: "events.manage" } }, async (req, reply) => {
    const header = await headerFor(req, req.params.id);
    const values = Object.fromEntries(Object.entries(formValues(req.body)).map(([k, x]) => [k, text(x)]));
    try {
      const material = await createMaterial(services, req.actor!, header.event.id, {
        title: localizedFrom(values, "title", config.locales),
        visibility: values.visibility ?? "",
        sessionId: values.sessionId || null,
      });
      return seeOther(reply, `/admin/events/${header.event.id}/materials?done=materialAdded#m-${material.id}`);
    } catch (error) {
      if (!isFieldError(error)) throw error;
      return renderMaterials(req, reply, header, { values, errors: error.fields });
    }
  });

  app.post<{ Params: MaterialParams }>(
    "/admin/events/:id/materials/:materialId/files",
    { config: { access: "events.manage" }, onRequest: csrfFromQuery },
    async (req, reply) => {
      const { id, materialId } = req.params;
      const header = await headerFor(req, id);
      const form = await receiveFileForm(
        req,
        { maxBytes: MATERIAL_MAX_BYTES, tooLarge: "regAdmin.materials.fileTooLarge", required: "regAdmin.materials.fileRequired" },
        async (fields, file) => {
          await saveMaterialFile(services, req.actor!, id, materialId, {
            locale: fields.locale ?? "",
            fileName: file.fileName,
            content: file.content,
          });
        },
      );
      if (form.errors) {
        return renderMaterials(req, reply, header, { upload: { materialId, locale: form.fields.locale ?? "", errors: form.errors } });
      }
      return seeOther(reply, `/admin/events/${id}/materials?done=fileSaved#m-${materialId}`);
    },
  );

  app.get<{ Params: FileParams }>(
    "/admin/events/:id/materials/:materialId/files/:fileId",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      const { event } = await headerFor(req, req.params.id);
      const found = await materialFileFor(db, req.params.fileId);
      if (!found || found.material.eventId !== event.id || found.material.id !== req.params.materialId) throw new AppError("NOT_FOUND");
      return sendStoredFile(reply, materialFilePath(config.dataDir, found.file.id), found.file, { isPrivate: true });
    },
  );

  app.post<{ Params: FileParams }>(
    "/admin/events/:id/materials/:materialId/files/:fileId/delete",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      const { id, materialId, fileId } = req.params;
      await headerFor(req, id);
      await deleteMaterialFile(services, req.actor!, id, materialId, fileId);
      return seeOther(reply, `/admin/events/${id}/materials?done=fileDeleted#m-${materialId}`);
    },
  );

  app.post<{ Params: MaterialParams }>(
    "/admin/events/:id/materials/:materialId/delete",
    { config: { access: "events.manage" } },
    async (req, reply) => {
      const { id, materialId } = req.params;
      const header = await headerFor(req, id);
      const material = (await listMaterials(db, id)).find((m) => m.id === materialId);
      if (!material) throw new AppError("NOT_FOUND");
      if (formValues(req.body).confirm !== "yes") {
        const v = viewOf(req, services);
        return sendPage(
          reply,
          <ConfirmView
            v={v}
            header={header}
            tab="materials"
            title={v.t("regAdmin.materials.deleteTitle")}
            lines={[
              v.t("regAdmin.materials.deleteEffect", { title: pickText(material.title, header.chain), count: material.files.length }),
            ]}
            action={`/admin/events/${id}/materials/${materialId}/delete`}
            hidden={{}}
            confirmLabel={v.t("regAdmin.materials.deleteConfirm")}
            backHref={`/admin/events/${id}/materials#m-${materialId}`}
            backLabel={v.t("regAdmin.materials.keep")}
          />,
        );
      }
      await deleteMaterial(services, req.actor!, id, materialId);
      return seeOther(reply, `/admin/events/${id}/materials?done=materialDeleted`);
    },
  );
}
