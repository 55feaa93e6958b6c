import DataLoader from "./request-dataloader";
import { State } from "../../entities/state.entity";
import { defineLoader } from "./loader-registry";

/** States by upper-case alpha-2 or alpha-3 code, in one statement per batch. */
export const stateByCode = defineLoader("stateByCode", (ds) =>
  new DataLoader<string, State | null>(async (codes) => {
    const rows = await ds
      .getRepository(State)
      .createQueryBuilder("s")
      .where("s.alpha2 IN (:...codes) OR s.alpha3 IN (:...codes)", { codes: [...codes] })
      .getMany();
    return codes.map((code) => rows.find((s) => s.alpha2 === code || s.alpha3 === code) ?? null);
  }),
);
