import { TreatyActionType } from "../../entities/enums/treaty-action-type.enum";

/** Actions that make a state a signatory. */
export const SIGNATORY_ACTIONS: TreatyActionType[] = [TreatyActionType.SIGNATURE, TreatyActionType.DEFINITIVE_SIGNATURE];

/** Actions that express consent to be bound, making a state a party (until it denounces). */
export const PARTY_ACTIONS: TreatyActionType[] = [
  TreatyActionType.RATIFICATION,
  TreatyActionType.ACCEPTANCE,
  TreatyActionType.APPROVAL,
  TreatyActionType.ACCESSION,
  TreatyActionType.SUCCESSION,
  TreatyActionType.DEFINITIVE_SIGNATURE,
];
