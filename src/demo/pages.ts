import type { DemoPage } from "./network.ts";

export const DEMO_PAGES: DemoPage[] = [
  {
    slug: "home",
    translations: [
      {
        locale: "en",
        fields: {
          title: "Harm reduction across the region, in your language",
          summary:
            "A network of organisations that work with people who use drugs, refugees and sex workers, and the trainings, guides and services they share.",
          body: "We bring together non-governmental organisations, community groups and public services from South East Europe, Eastern Europe and Central Asia.\n\nOn this site you will find our trainings and webinars, the guides our members wrote, and services near you that will help without judgement.",
        },
      },
      {
        locale: "ru",
        fields: {
          title: "Снижение вреда в регионе — на вашем языке",
          summary:
            "Сеть организаций, которые работают с людьми, употребляющими наркотики, беженцами и секс-работниками, и тренинги, руководства и услуги, которыми они делятся.",
          body: "Мы объединяем неправительственные организации, сообщества и государственные службы Юго-Восточной Европы, Восточной Европы и Центральной Азии.\n\nЗдесь вы найдёте наши тренинги и вебинары, руководства, написанные участниками сети, и службы рядом с вами, которые помогут без осуждения.",
        },
      },
    ],
  },
];
