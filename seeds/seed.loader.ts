import type { DataSource } from "typeorm";
// placeholder: replaced by the real loader
export async function loadSeeds(ds: DataSource): Promise<void> {
  await ds.getRepository("State").save({ name: "Ghana", alpha2: "GH", alpha3: "GHA", numericCode: "288", codesUserAssigned: false, officialName: "Republic of Ghana", aliases: [], unStatus: "MEMBER", unAdmittedOn: "1957-03-08", region: "Africa", subregion: "Western Africa" });
}
